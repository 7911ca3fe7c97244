import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../server/http/start.js';
import { realServer } from './server.js';

/**
 * Browser tests of the explorer: Debian's Chromium driven by playwright-core (headless; WebGL2 is
 * software-rendered), against a real server on a free port serving client/dist over a private copy
 * of graph-data. The page exposes its graph to tests only with ?testhook=1 (window.__corridor).
 */
export const CHROMIUM_PATH = process.env.CORRIDOR_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export type ExplorerServer = RunningServer & { dataDir: string };

/**
 * The server as `npm start` runs it (explorer at /, API at /graphql), on a copy of the data; env and
 * flags as on the command line. Hand edits of the copy are not watched unless `watch` is set.
 */
export function explorerServer(env: Record<string, string> = {}, flags: string[] = [], watch = false): Promise<ExplorerServer> {
  return realServer([...(watch ? [] : ['--no-watch']), ...flags], env, true);
}

/**
 * One server and one browser for a test file, started before its tests and closed after them;
 * read `suite.server` and `suite.browser` inside tests.
 */
export function explorerSuite(env: Record<string, string> = {}, flags: string[] = [], watch = false): { server: ExplorerServer; browser: Browser } {
  const suite = {} as { server: ExplorerServer; browser: Browser };
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([explorerServer(env, flags, watch), launchBrowser()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** A page's uncaught errors, collected so a test can assert there were none. */
export interface OpenPage {
  page: Page;
  errors: string[];
}

/** Opens the explorer (with the test hook) and waits until its graph is drawn. */
export async function openExplorer(browser: Browser, baseUrl: string, query = '', viewport = DESKTOP): Promise<OpenPage> {
  const page = await browser.newPage({ viewport });
  // Shorter than the test timeout, so a stuck wait fails with its own message.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/?testhook=1${query ? `&${query.replace(/^[?&]/, '')}` : ''}`);
  await waitForGraph(page);
  return { page, errors };
}

export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => ((globalThis as any).__corridor?.graph?.order ?? 0) > 0, null, { timeout: 20_000 });
}

/** Visible (not filtered out) entities and relations on the graph sigma draws. */
export function visibleCounts(page: Page): Promise<{ nodes: number; edges: number; order: number; size: number }> {
  return page.evaluate(() => {
    const g = (globalThis as any).__corridor.graph;
    return {
      nodes: g.filterNodes((_n: string, a: { hidden: boolean }) => !a.hidden).length,
      edges: g.filterEdges((_e: string, a: { hidden: boolean }) => !a.hidden).length,
      order: g.order,
      size: g.size,
    };
  });
}

export function nodeAttributes(page: Page, id: string): Promise<Record<string, any> | null> {
  return page.evaluate((n) => {
    const g = (globalThis as any).__corridor.graph;
    return g.hasNode(n) ? { ...g.getNodeAttributes(n) } : null;
  }, id);
}

export function edgeAttributes(page: Page, id: string): Promise<Record<string, any> | null> {
  return page.evaluate((e) => {
    const g = (globalThis as any).__corridor.graph;
    return g.hasEdge(e) ? { ...g.getEdgeAttributes(e) } : null;
  }, id);
}

/** Sigma's state flags of a node (isSelected, isOnPath, isNeighbor, isHovered…). */
export function nodeState(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate((n) => ({ ...(globalThis as any).__corridor.sigma.getNodeState(n) }), id);
}

/** The view state (what the URL encodes). */
export function viewState(page: Page): Promise<Record<string, any>> {
  return page.evaluate(() => (globalThis as any).__corridor.state.get());
}

/** Where an entity is drawn, in page coordinates (for pointer tests). */
export function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((n) => {
    const { sigma, graph } = (globalThis as any).__corridor;
    const p = sigma.graphToViewport({ x: graph.getNodeAttribute(n, 'x'), y: graph.getNodeAttribute(n, 'y') });
    const r = sigma.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
}
