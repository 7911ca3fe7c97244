import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITOR_TOKEN } from '../helpers/api.js';
import { explorerSuite, openExplorer, visibleCounts } from '../helpers/browser.js';
import { ROOT } from '../helpers/data-dir.js';
import { signInAs } from '../helpers/sign-in.js';

const suite = explorerSuite({ CORRIDOR_TOKENS: `e2e-editor:editor:${EDITOR_TOKEN}` });
const TWO_CLIQUES = path.join(ROOT, '..', 'shared', 'interchange', 'graphml', 'gephi-test_two-cliques.graphml');

/** Opens the Export menu and chooses an item; returns the download. */
async function exportVia(page: Page, item: string | RegExp) {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('list', { name: 'Export formats' }).getByRole(typeof item === 'string' ? 'button' : 'link', { name: item }).click()]);
  return download;
}

describe('explorer: export menu and import dialog', () => {
  it('exports what the view shows: the server GEXF of the filtered graph, and a PNG', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url, 'hide-kinds=Topic&status=reviewed');
    const visible = await visibleCounts(page);
    await page.getByRole('button', { name: 'Export ▾' }).click();
    const menu = page.getByRole('list', { name: 'Export formats' });
    expect(await menu.getByRole('link').count()).toBe(9);
    // The links carry the view's filters.
    const href = (await menu.getByRole('link', { name: /^GEXF/ }).getAttribute('href'))!;
    expect(new URL(href, suite.server.url).searchParams.get('status')).toBe('reviewed');
    expect(new URL(href, suite.server.url).searchParams.get('kinds')!.split(',')).not.toContain('Topic');
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);

    const gexfDownload = await exportVia(page, /^GEXF/);
    expect(gexfDownload.suggestedFilename()).toMatch(/^corridor-\d{4}-\d{2}-\d{2}\.gexf$/);
    const gexf = (await readFile((await gexfDownload.path())!)).toString('utf8');
    const parsed = parseGexf(MultiDirectedGraph, gexf);
    expect([parsed.order, parsed.size]).toEqual([visible.nodes, visible.edges]);
    expect(parsed.getNodeAttribute('titr', 'label')).toBe('Trans-Caspian International Transport Route');
    expect(parsed.someNode((_n, a) => a.kind === 'Topic')).toBe(false);
    expect(parsed.everyEdge((_e, a) => a.status === 'reviewed')).toBe(true);

    const png = await readFile((await (await exportVia(page, 'PNG image of the view')).path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a GraphML file: the dry run shows losses, a mapping fixes them, Import commits it and each relation shows its record', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url);
    await signInAs(page, EDITOR_TOKEN, 'e2e-editor');
    const before = await visibleCounts(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a graph file' });
    await dialog.getByLabel('File').setInputFiles(TWO_CLIQUES);
    expect(await dialog.getByLabel('Format').inputValue()).toBe('graphml');
    const dryRun = () => dialog.getByRole('button', { name: 'Dry run' }).click();
    const report = dialog.locator('.import-report');
    const count = async (term: string) => Number(await report.locator(`dt:text-is("${term}") + dd`).textContent());

    // Gephi's file has no kinds: the dry run says what it cannot import, node by node.
    await dryRun();
    await report.waitFor();
    expect(await report.locator('.report-headline').textContent()).toMatch(/^Dry run \(graphml\)/);
    expect([await count('Entities in the file'), await count('Relations in the file'), await count('New entities')]).toEqual([10, 20, 0]);
    const losses = report.getByRole('table', { name: 'Not imported' });
    expect(await losses.getByRole('row', { name: /node:n0 has no kind/ }).count()).toBe(1);

    // A wrong mapping is refused next to the mapping field.
    const mapping = dialog.getByLabel('Mapping (JSON, optional)');
    await mapping.fill('{ "defaultKind": "Topic", "defaultType": "no_such_type" }');
    await dryRun();
    await page.waitForFunction(() => document.querySelector('.import textarea')?.getAttribute('aria-invalid') === 'true');
    expect(await dialog.locator('.field-error:visible').textContent()).toContain('no_such_type');

    await mapping.fill('{ "defaultKind": "Topic", "defaultType": "drives" }');
    await dryRun();
    await report.getByRole('table', { name: 'Mappings' }).getByRole('row', { name: /edge-type.*drives/ }).waitFor();
    expect([await count('New entities'), await count('New relations')]).toEqual([10, 20]);
    // Nothing is written by a dry run.
    expect((await visibleCounts(page)).order).toBe(before.order);

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await report.locator('.report-headline', { hasText: 'Imported as source' }).waitFor();
    // The live feed brings the new entities and relations onto the open graph.
    await page.waitForFunction(([n, r]) => (globalThis as any).__corridor.graph.order === n && (globalThis as any).__corridor.graph.size === r, [before.order + 10, before.size + 20]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Each imported relation shows the record of the file it came from.
    await page.goto(`${suite.server.url}/?testhook=1&node=n0`);
    const record = page.getByRole('region', { name: 'Details' }).locator('li.record-evidence').first();
    await record.waitFor();
    expect(await record.locator('.cite').textContent()).toMatch(/^Record edge:e\d+ of gephi-test_two-cliques\.graphml$/);
    expect(await record.locator('pre.record-text').textContent()).toMatch(/^<edge id="e\d+" source="n\d" target="n\d">/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
