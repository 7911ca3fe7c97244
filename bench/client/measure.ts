import type { Browser } from 'playwright-core';

export interface FirstFrame {
  /** Milliseconds from navigation start to the page's first-frame performance mark. */
  ms: number;
  /** What the page drew. */
  counts: { nodes: number; edges: number };
}

const VIEWPORT = { width: 1280, height: 800 };

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The explorer's index.html starts its graph query inline (see client/vite.config.ts). */
const PRELOAD = /<script>window\.__corridorGraph=[\s\S]*?<\/script>/;

/**
 * Loads `url` in a fresh browser context (cold cache) and reads the performance mark the page sets
 * when sigma's first frame is rendered; its startTime counts from navigation start. Every page's HTML
 * passes through the same interception (so all variants bear its cost); `withoutPreload` removes the
 * explorer's early graph query, to show what it saves.
 */
export async function measureFirstFrame(browser: Browser, url: string, mark: string, hook: '__corridor' | '__bare', withoutPreload = false): Promise<FirstFrame> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const documentUrl = new URL(url);
    await page.route(
      (u) => u.pathname === documentUrl.pathname,
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        await route.fulfill({ response, body: withoutPreload ? html.replace(PRELOAD, '') : html });
      },
    );
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 120_000, polling: 20 });
    const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
    await page.waitForFunction((h) => (globalThis as any)[h] !== undefined && ((globalThis as any)[h].graph?.order ?? (globalThis as any)[h].nodes) > 0, hook, { timeout: 60_000 });
    const counts = await page.evaluate((h) => {
      const x = (globalThis as any)[h];
      return x.graph ? { nodes: x.graph.order, edges: x.graph.size } : { nodes: x.nodes, edges: x.edges };
    }, hook);
    return { ms, counts };
  } finally {
    await context.close();
  }
}

export interface LayoutFigures {
  nodes: number;
  edges: number;
  /** The worker alone, on a copy of the graph nothing draws. */
  workerIterationsPerSecond: number;
  /** As the explorer runs it: positions drawn live. */
  iterationsPerSecond: number;
  medianFrameMs: number;
  p95FrameMs: number;
}

/**
 * ForceAtlas2 in the explorer's worker for `ms`, twice: alone (on an undrawn copy: the worker's own
 * speed) and live (the explorer's Run layout, drawn as it goes), with the page's frame intervals.
 */
export async function measureLayout(browser: Browser, url: string, ms: number): Promise<LayoutFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx (esbuild, keepNames) wraps named functions in __name(); the evaluated code needs it on the page.
  await context.addInitScript('globalThis.__name = (f) => f;');
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => ((globalThis as any).__corridor?.graph?.order ?? 0) > 0, null, { timeout: 120_000 });
    return await page.evaluate(async (duration) => {
      const c = (globalThis as any).__corridor;
      const Layout = c.layout.constructor;
      const alone = new Layout(c.graph.copy());
      await alone.start();
      const a0 = performance.now();
      await new Promise((r) => setTimeout(r, duration));
      const workerIterationsPerSecond = (alone.iterations * 1000) / (performance.now() - a0);
      alone.forget();

      const frames: number[] = [];
      let last = performance.now();
      let running = true;
      const tick = (t: number) => {
        frames.push(t - last);
        last = t;
        if (running) requestAnimationFrame(tick);
      };
      await c.layout.start();
      const t0 = performance.now();
      requestAnimationFrame(tick);
      await new Promise((r) => setTimeout(r, duration));
      const iterations = c.layout.iterations;
      const elapsed = performance.now() - t0;
      running = false;
      c.layout.stop();
      const sorted = frames.slice(1).sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return { nodes: c.graph.order, edges: c.graph.size, workerIterationsPerSecond, iterationsPerSecond: (iterations * 1000) / elapsed, medianFrameMs: at(0.5), p95FrameMs: at(0.95) };
    }, ms);
  } finally {
    await context.close();
  }
}
