import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_TOKEN } from '../helpers/api.js';
import { explorerSuite, edgeAttributes, openExplorer } from '../helpers/browser.js';

// Writes through the API, and hand edits of the files (watched): both reach open pages.
const suite = explorerSuite({ CORRIDOR_TOKENS: `e2e-editor:editor:${EDITOR_TOKEN}` }, [], true);

/** A write from outside the page, as another curator would make it. */
async function write(query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${suite.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

const QUOTE = "Kazakhstan plays a critical role, accounting for a significant portion of the EU's trade and foreign investments in the region.";

describe('explorer: live changes', () => {
  it('a relation created elsewhere appears without reload, changes style when reviewed, and goes when deleted', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url, 'node=kazakhstan');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: 'Kazakhstan', level: 2 }).waitFor();
    // The page's change feed is connected before anything is written.
    await page.waitForFunction(() => (globalThis as any).__corridor.explorer.live === true);
    const size = await page.evaluate(() => (globalThis as any).__corridor.graph.size);

    await write(
      `mutation ($input: CreateRelationInput!) { createRelation(input: $input) { id } }`,
      { input: { id: 'kazakhstan-trades-with-afghanistan-e2e', type: 'trades_with', from: 'kazakhstan', to: 'afghanistan', status: 'extracted', confidence: 0.6, evidence: [{ source: 'eu-central-asia-summit-2024', quote: QUOTE }] } },
    );
    await page.waitForFunction(() => (globalThis as any).__corridor.graph.hasEdge('kazakhstan-trades-with-afghanistan-e2e'));
    expect(await page.evaluate(() => (globalThis as any).__corridor.graph.size)).toBe(size + 1);
    expect(await edgeAttributes(page, 'kazakhstan-trades-with-afghanistan-e2e')).toMatchObject({ status: 'extracted', hidden: false, source: 'kazakhstan', target: 'afghanistan' });
    // The open details panel lists it too.
    await details.locator('[data-relation="kazakhstan-trades-with-afghanistan-e2e"]').waitFor();

    await write(`mutation { reviewRelation(id: "kazakhstan-trades-with-afghanistan-e2e", status: REVIEWED) { id } }`, {});
    await page.waitForFunction(() => (globalThis as any).__corridor.graph.getEdgeAttribute('kazakhstan-trades-with-afghanistan-e2e', 'status') === 'reviewed');
    // Reviewed relations are drawn thicker.
    await page.waitForFunction(() => (globalThis as any).__corridor.sigma.getEdgeDisplayData('kazakhstan-trades-with-afghanistan-e2e').size > 1);

    await write(`mutation { deleteRelation(id: "kazakhstan-trades-with-afghanistan-e2e") { id } }`, {});
    await page.waitForFunction(() => !(globalThis as any).__corridor.graph.hasEdge('kazakhstan-trades-with-afghanistan-e2e'));
    expect(await page.evaluate(() => (globalThis as any).__corridor.graph.size)).toBe(size);
    await details.locator('[data-relation="kazakhstan-trades-with-afghanistan-e2e"]').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a hand edit of the data files (a RELOAD) refetches the open graph', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url, 'node=caspian-sea');
    await page.waitForFunction(() => (globalThis as any).__corridor.explorer.live === true);
    const file = path.join(suite.server.dataDir, 'entities', 'places.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"label": "Caspian Sea"', '"label": "Caspian Sea (edited by hand)"'));
    await page.waitForFunction(() => (globalThis as any).__corridor.graph.getNodeAttribute('caspian-sea', 'label') === 'Caspian Sea (edited by hand)');
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Caspian Sea (edited by hand)' }).waitFor();
    expect((await page.evaluate(() => (globalThis as any).__corridor.sigma.getNodeState('caspian-sea'))).isSelected).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
