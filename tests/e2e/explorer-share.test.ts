import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerSuite, nodeAttributes, nodeState, openExplorer, viewState, visibleCounts, waitForGraph } from '../helpers/browser.js';

const suite = explorerSuite();

async function chooseEnd(page: Page, box: string, text: string, option: RegExp): Promise<void> {
  await page.getByRole('searchbox', { name: box }).fill(text);
  await page.getByRole('option', { name: option }).click();
}

describe('explorer: paths and links', () => {
  it('answers "how is the EU connected to Afghanistan?" hop by hop, with quotes, on the graph', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url);
    await page.getByRole('tab', { name: 'Path finder' }).click();
    const finder = page.getByRole('region', { name: 'Path finder' });
    await chooseEnd(page, 'Path from', 'EU', /European Union/);
    await chooseEnd(page, 'Path to', 'Afghanistan', /Afghanistan/);
    await page.waitForURL(/from=european-union&to=afghanistan/);

    const first = finder.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Path 1:/ }) });
    await first.waitFor();
    expect(await first.getByRole('heading').textContent()).toBe('Path 1: European Union → Central Asia → Afghanistan');
    const hops = first.locator('li.hop');
    expect(await hops.count()).toBe(2);
    for (let i = 0; i < 2; i++) expect((await hops.nth(i).locator('button.quote q').first().textContent())!.length).toBeGreaterThan(20);
    expect(await finder.locator('ol.paths > li').count()).toBeLessThanOrEqual(5);

    // Highlighted on the graph.
    for (const id of ['european-union', 'central-asia', 'afghanistan']) expect((await nodeState(page, id)).isOnPath).toBe(true);
    expect((await nodeState(page, 'titr')).isOnPath).toBe(false);
    await page.waitForFunction(() => (globalThis as any).__corridor.sigma.getNodeDisplayData('titr').opacity < 0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a shared link restores selection, focus, filters, path ends and centrality; back and forward step through the view', async () => {
    const link = 'node=titr&focus=2&status=reviewed&hide-kinds=Topic&from=european-union&to=afghanistan&size=pagerank&cam=0.4,0.5,0.8';
    const { page } = await openExplorer(suite.browser, suite.server.url, link);
    expect(await viewState(page)).toMatchObject({
      selected: 'titr',
      focus: 2,
      pathFrom: 'european-union',
      pathTo: 'afghanistan',
      centrality: 'pagerank',
      filters: { statuses: ['reviewed'], hiddenKinds: ['Topic'] },
      camera: { x: 0.4, y: 0.5, ratio: 0.8 },
    });
    const cam = await page.evaluate(() => (globalThis as any).__corridor.sigma.getCamera().getState());
    expect([cam.x, cam.y, cam.ratio]).toEqual([0.4, 0.5, 0.8]);
    expect((await nodeState(page, 'titr')).isSelected).toBe(true);
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Trans-Caspian International Transport Route' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Topic' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'extracted' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Focus mode').inputValue()).toBe('2');
    expect(await page.getByLabel('Size by').inputValue()).toBe('pagerank');
    const { edges } = await visibleCounts(page);
    const extractedShown = await page.evaluate(() =>
      (globalThis as any).__corridor.graph.filterEdges((_e: string, a: { hidden: boolean; status: string }) => !a.hidden && a.status !== 'reviewed').length,
    );
    expect(edges).toBeGreaterThan(0);
    expect(extractedShown).toBe(0);
    expect((await nodeAttributes(page, 'green-energy-transition'))?.hidden ?? true).toBe(true);

    // Back/forward: each meaningful change is a history entry.
    await page.getByLabel('Focus mode').selectOption('1');
    await page.waitForURL(/focus=1/);
    await page.getByRole('checkbox', { name: 'extracted' }).check();
    await page.waitForURL((u) => !u.search.includes('status='));
    await page.goBack();
    await page.waitForURL(/status=reviewed/);
    expect((await viewState(page)).filters.statuses).toEqual(['reviewed']);
    await page.goBack();
    await page.waitForURL(/focus=2/);
    expect((await viewState(page)).focus).toBe(2);
    await page.goForward();
    await page.waitForURL(/focus=1/);
    expect((await viewState(page)).focus).toBe(1);

    // Reloading the page restores the same view.
    const before = page.url();
    await page.reload();
    await waitForGraph(page);
    expect(page.url()).toBe(before);
    expect((await viewState(page)).focus).toBe(1);

    // "Copy link" puts exactly this view on the clipboard; the link opens it elsewhere.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText());
    const shared = await suite.browser.newPage();
    await shared.goto(copied);
    await waitForGraph(shared);
    const { camera: _c1, ...here } = await viewState(page);
    const { camera: _c2, ...there } = await viewState(shared);
    expect(there).toEqual(here);
    await shared.close();
    await page.close();
  });
});
