import { describe, expect, it } from 'vitest';
import { explorerSuite, nodeAttributes, openExplorer, PHONE, visibleCounts, waitForGraph } from '../helpers/browser.js';

const suite = explorerSuite();

describe('explorer: the whole graph on load', () => {
  it('draws every entity and relation on a non-blank canvas, coloured by kind, with a legend', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url);
    expect(await visibleCounts(page)).toEqual({ nodes: 31, edges: 88, order: 31, size: 88 });
    expect(await page.getByText('Showing 31 of 31 entities and 88 of 88 relations').isVisible()).toBe(true);

    // Colour by kind (from the vocabulary), size by degree: the EU is the best connected.
    const kz = await nodeAttributes(page, 'kazakhstan');
    expect(kz?.color).toBe('#e76f51');
    const sizes = await page.evaluate(() => (globalThis as any).__corridor.graph.mapNodes((n: string, a: { size: number }) => [n, a.size]));
    const largest = (sizes as Array<[string, number]>).sort((a, b) => b[1] - a[1])[0]![0];
    expect(largest).toBe('european-union');

    // Parallel relations between the same two entities are drawn apart: curved, each with its own curvature.
    const parallel = await page.evaluate(() => {
      const c = (globalThis as any).__corridor;
      const edges: string[] = c.graph.edges('european-union', 'central-asia');
      return edges.map((e) => {
        const d = c.sigma.getEdgeDisplayData(e);
        return { count: c.sigma.getEdgeState(e).parallelCount, path: d.parallelPath, curvature: d.curvature };
      });
    });
    expect(parallel.length).toBeGreaterThan(1);
    for (const p of parallel) expect(p).toMatchObject({ count: parallel.length, path: 'curved' });
    expect(new Set(parallel.map((p) => p.curvature)).size).toBe(parallel.length);

    // Screenshot checks, kept to two: the canvas is not blank, the legend is drawn.
    const inked = await page.evaluate(() => {
      const sigma = (globalThis as any).__corridor.sigma;
      sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: true });
      const stage: { width: number; height: number } = sigma.getStageCanvas();
      const canvas = (globalThis as any).document.createElement('canvas');
      canvas.width = stage.width;
      canvas.height = stage.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(stage, 0, 0);
      const px: Uint8ClampedArray = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      return n / (px.length / 4);
    });
    expect(inked).toBeGreaterThan(0.02);
    const legend = page.getByRole('region', { name: 'Legend' });
    expect(await legend.getByText('Transport corridor').isVisible()).toBe(true);
    expect((await legend.screenshot()).length).toBeGreaterThan(2_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sizes nodes by the chosen centrality, and keeps it in the URL', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url);
    await page.getByLabel('Size by').selectOption('pagerank');
    await page.waitForURL(/size=pagerank/);
    const before = await nodeAttributes(page, 'titr');
    await page.getByLabel('Size by').selectOption('betweenness');
    await page.waitForURL(/size=betweenness/);
    expect((await nodeAttributes(page, 'titr'))?.size).not.toBe(before?.size);
    await page.close();
  });

  it('runs ForceAtlas2 live in a worker, stops, and resets to the server layout', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url);
    const start = await nodeAttributes(page, 'kazakhstan');
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForFunction(() => (globalThis as any).__corridor.layout.iterations > 20);
    // The page stays responsive while the worker runs: the main thread answers at once.
    const t0 = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - t0).toBeLessThan(1_000);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    const moved = await nodeAttributes(page, 'kazakhstan');
    expect([moved?.x, moved?.y]).not.toEqual([start?.x, start?.y]);
    await page.getByRole('button', { name: 'Reset layout' }).click();
    const reset = await nodeAttributes(page, 'kazakhstan');
    expect([reset?.x, reset?.y]).toEqual([start?.x, start?.y]);
    await page.close();
  });

  it('works at a phone viewport: one pane at a time, nothing wider than the screen', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url, '', PHONE);
    expect(await page.getByRole('searchbox', { name: 'Search entities' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Filters' }).click();
    expect(await page.getByRole('checkbox', { name: 'Country' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Details & paths' }).click();
    expect(await page.getByRole('region', { name: 'Details' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it('says so when the API is down, and recovers on Retry', async () => {
    const page = await suite.browser.newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${suite.server.url}/?testhook=1`);
    const alert = page.getByRole('alert');
    await alert.getByText('cannot be reached').waitFor();
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForGraph(page);
    expect(await alert.isVisible()).toBe(false);
    expect((await visibleCounts(page)).nodes).toBe(31);

    // A query that fails (a GraphQL error) is reported too, and Retry runs it again.
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('EntityDetails')
        ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'entity lookup failed' }] }) })
        : route.continue(),
    );
    await page.getByRole('searchbox', { name: 'Search entities' }).fill('Afghanistan');
    await page.getByRole('option', { name: /Afghanistan/ }).click();
    await alert.getByText('The query failed: entity lookup failed').waitFor();
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Afghanistan', level: 2 }).waitFor();
    await page.close();
  });
});
