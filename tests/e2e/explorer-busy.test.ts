import { describe, expect, it } from 'vitest';
import { DESKTOP, explorerSuite } from '../helpers/browser.js';

// A traversal budget of 2 ms per hour: a few dozen traversals spend it.
const suite = explorerSuite({}, ['--cpu-budget-ms', '2', '--cpu-window-seconds', '3600', '--rate-limit-per-minute', '0']);

describe('explorer: a client over its traversal budget', () => {
  it('says the server refused with 429, how long to wait, and offers Retry', async () => {
    // The test and the browser are one client to the server (same address, no token): spend its budget.
    const spend = () =>
      fetch(`${suite.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ neighborhood(id: "european-union", depth: 3, limit: 2000) { truncated } }' }),
      });
    let res = await spend();
    for (let i = 0; i < 2_000 && res.status !== 429; i++) res = await spend();
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));

    const page = await suite.browser.newPage({ viewport: DESKTOP });
    page.setDefaultTimeout(20_000);
    await page.goto(`${suite.server.url}/?testhook=1`);
    const alert = page.getByRole('alert');
    await alert.getByText('HTTP 429').first().waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('You have used your share of the server for now');
    const said = Number(/Try again in (\d+) s/.exec(text)?.[1]);
    expect(said).toBeGreaterThan(0);
    expect(Math.abs(said - wait)).toBeLessThanOrEqual(2);
    expect(await alert.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    await page.close();
  }, 120_000);
});
