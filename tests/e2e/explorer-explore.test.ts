import { describe, expect, it } from 'vitest';
import { explorerSuite, nodeAttributes, nodeOnScreen, nodeState, openExplorer, visibleCounts } from '../helpers/browser.js';

const suite = explorerSuite();

describe('explorer: find, follow and check relations', () => {
  it('search "Middle Corridor" → select the TITR → its relations and quotes; a quote opens its source', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url);
    const search = page.getByRole('searchbox', { name: 'Search entities' });
    await search.fill('Middle Corridor');
    const option = page.getByRole('option', { name: /Trans-Caspian International Transport Route/ });
    await option.click();

    await page.waitForURL(/node=titr/);
    expect((await nodeState(page, 'titr')).isSelected).toBe(true);
    // The camera flew to it.
    await page.waitForFunction(() => (globalThis as any).__corridor.sigma.getCamera().ratio < 0.5);

    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: 'Trans-Caspian International Transport Route' }).waitFor();
    expect(await details.locator('.aliases').textContent()).toContain('Middle Corridor');
    expect(await details.getByRole('link', { name: /Wikidata/ }).count()).toBeLessThanOrEqual(1);
    // Relations grouped by type and direction, each with status, confidence and its quote.
    const group = details.getByRole('group', { name: /passes through →/ });
    expect(await group.getByRole('button', { name: 'Kazakhstan', exact: true }).isVisible()).toBe(true);
    expect(await group.getByText('reviewed').first().isVisible()).toBe(true);
    expect(await group.getByText(/confidence \d\.\d\d/).first().isVisible()).toBe(true);
    const quote = details.locator('button.quote').first();
    const quoted = (await quote.locator('q').textContent())!;
    expect(quoted.length).toBeGreaterThan(20);

    await quote.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const mark = dialog.locator('mark');
    expect(await mark.textContent()).toBe(quoted);
    expect(await mark.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hovering a node keeps it and its neighbours, and fades the rest', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url);
    // The camera may still be settling after the first frame: aim again until the pointer is on the node.
    for (let attempt = 0; ; attempt++) {
      const at = await nodeOnScreen(page, 'afghanistan');
      await page.mouse.move(at.x + (attempt % 2), at.y);
      const hovered = await page.waitForFunction(() => (globalThis as any).__corridor.sigma.getGraphState().hasHoverFocus, undefined, { timeout: 1_000 }).then(() => true, () => false);
      if (hovered) break;
      if (attempt === 9) throw new Error('hovering Afghanistan never gave the graph hover focus');
    }
    expect((await nodeState(page, 'afghanistan')).isHovered).toBe(true);
    expect((await nodeState(page, 'central-asia')).isNeighbor).toBe(true);
    // Styles apply at the next frame.
    await page.waitForFunction(() => (globalThis as any).__corridor.sigma.getNodeDisplayData('european-union').opacity < 0.5);
    expect(await page.evaluate(() => (globalThis as any).__corridor.sigma.getNodeDisplayData('central-asia').opacity)).toBe(1);
    await page.mouse.move(5, 400);
    await page.waitForFunction(() => !(globalThis as any).__corridor.sigma.getGraphState().hasHoverFocus);
    await page.close();
  });

  it('filters hide a kind, statuses and low confidence, with counts that follow', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url);
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'Country' }).uncheck();
    await page.waitForURL(/hide-kinds=Country/);
    expect((await nodeAttributes(page, 'kazakhstan'))?.hidden).toBe(true);
    expect((await nodeAttributes(page, 'european-union'))?.hidden).toBe(false);
    expect((await visibleCounts(page)).nodes).toBe(20);
    expect(await filters.getByText('0/11').isVisible()).toBe(true);

    await filters.getByRole('checkbox', { name: 'Country' }).check();
    await filters.getByRole('checkbox', { name: 'extracted' }).uncheck();
    await page.waitForURL(/status=reviewed(&|$)/);
    expect((await visibleCounts(page)).edges).toBe(75);
    expect(await page.getByText('Showing 31 of 31 entities and 75 of 88 relations').isVisible()).toBe(true);

    await filters.getByLabel('Minimum confidence').fill('0.9');
    await page.waitForURL(/min-conf=0.9/);
    const edges = await page.evaluate(() => {
      const g = (globalThis as any).__corridor.graph;
      return g.filterEdges((_e: string, a: { hidden: boolean }) => !a.hidden).map((e: string) => g.getEdgeAttribute(e, 'confidence'));
    });
    expect(edges.length).toBeGreaterThan(0);
    expect(Math.min(...edges)).toBeGreaterThanOrEqual(0.9);

    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForFunction(() => (globalThis as any).__corridor.graph.filterEdges((_e: string, a: { hidden: boolean }) => !a.hidden).length === 88);
    await page.close();
  });

  it('focus mode shows only the k-hop neighbourhood of the selection', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url, 'node=afghanistan');
    const focus = page.getByLabel('Focus mode');
    await focus.selectOption('1');
    await page.waitForURL(/focus=1/);
    const oneHop = await page.evaluate(() => {
      const g = (globalThis as any).__corridor.graph;
      return { visible: g.filterNodes((_n: string, a: { hidden: boolean }) => !a.hidden).sort(), neighbours: [...g.neighbors('afghanistan'), 'afghanistan'].sort() };
    });
    expect(oneHop.visible).toEqual([...new Set(oneHop.neighbours)]);
    await focus.selectOption('2');
    await page.waitForURL(/focus=2/);
    const two = (await visibleCounts(page)).nodes;
    expect(two).toBeGreaterThan(oneHop.visible.length);
    expect((await nodeAttributes(page, 'european-union'))?.hidden).toBe(false);
    await focus.selectOption('0');
    await page.waitForFunction(() => (globalThis as any).__corridor.graph.filterNodes((_n: string, a: { hidden: boolean }) => !a.hidden).length === 31);
    await page.close();
  });

  it('the list view lists the visible entities and relations as text; choosing one selects it', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url, 'status=reviewed');
    await page.getByRole('tab', { name: 'List view' }).click();
    const list = page.getByRole('region', { name: 'List view' });
    const entities = list.getByRole('table', { name: /Entities \(31 visible\)/ });
    expect(await entities.locator('tbody tr').count()).toBe(31);
    expect(await list.getByRole('table', { name: /Relations \(75 visible\)/ }).locator('tbody tr').count()).toBe(75);
    await entities.getByRole('button', { name: 'Caspian Sea', exact: true }).click();
    await page.waitForURL(/node=caspian-sea/);
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Caspian Sea', level: 2 }).waitFor();
    await page.close();
  });

  it('keyboard only: from the search box to the details and a quote', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url);
    // Tab from the top of the page: the skip link, then the search box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const search = page.getByRole('searchbox', { name: 'Search entities' });
    expect(await search.evaluate((el) => el === (el.ownerDocument as any).activeElement)).toBe(true);
    await page.keyboard.type('Kazakh');
    await page.getByRole('option', { name: /Kazakhstan/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');

    const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Kazakhstan', level: 2 });
    await heading.waitFor();
    await page.waitForFunction(() => (globalThis as any).document.activeElement?.textContent === 'Kazakhstan');
    // Onwards with Tab to the first quote, then Enter opens its source.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const cls = await page.evaluate(() => (globalThis as any).document.activeElement?.className);
      if (cls === 'quote') break;
    }
    const focused = await page.evaluate(() => {
      const el = (globalThis as any).document.activeElement;
      const style = (globalThis as any).getComputedStyle(el);
      return { cls: el.className, outline: style.outlineStyle };
    });
    expect(focused).toEqual({ cls: 'quote', outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').locator('mark').waitFor();
    await page.close();
  });
});
