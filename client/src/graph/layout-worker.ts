import type FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { CorridorGraph } from './graph-model.js';
import { flushRenderer } from './renderer-sync.js';

/** Above this many relations, edges are not drawn while the layout runs (drawing them would slow it). */
export const LIVE_EDGE_LIMIT = 5_000;

/** Shortest pause between two position updates of the drawn graph. */
const MIN_SYNC_MS = 16;

/**
 * ForceAtlas2 running live in a web worker (graphology's supervisor), so the page stays responsive.
 * The worker lays out a copy of the graph; its positions are copied to the drawn graph at most once
 * per drawn frame, and no sooner than the last frame took to draw, so slow drawing (large graphs,
 * software WebGL) slows the picture, not the layout. Reset puts back the server's layout.
 */
export class LiveLayout {
  private supervisor: FA2Layout | null = null;
  private copy: CorridorGraph | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();
  /** Layout iterations since the last start (each worker answer is one iteration). */
  iterations = 0;

  constructor(
    private readonly graph: CorridorGraph,
    /** Resolves once the frame showing the latest positions is drawn (the frame after it has begun). */
    private readonly frameDrawn: () => Promise<void> = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  ) {}

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Starts from the positions on screen (the layout code loads on first use, out of the first frame's way). */
  async start(): Promise<void> {
    if (this.isRunning()) return;
    const [{ default: Supervisor }, { inferSettings }] = await Promise.all([import('graphology-layout-forceatlas2/worker'), import('graphology-layout-forceatlas2')]);
    if (this.isRunning()) return;
    this.kill();
    const copy = this.graph.copy() as CorridorGraph;
    copy.on('eachNodeAttributesUpdated', () => this.iterations++);
    this.copy = copy;
    this.supervisor = new Supervisor(copy, { settings: { ...inferSettings(copy), adjustSizes: false } });
    this.iterations = 0;
    this.supervisor.start();
    this.emit();
    void this.syncLoop(copy);
  }

  stop(): void {
    if (!this.isRunning()) return;
    this.supervisor?.stop();
    if (this.copy) this.sync(this.copy);
    this.emit();
  }

  /** Stops and restores the positions the server computed. */
  reset(): void {
    this.stop();
    flushRenderer(this.graph);
    this.graph.updateEachNodeAttributes(
      (_n, a) => {
        a.x = a.serverX;
        a.y = a.serverY;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  /** The graph was rebuilt or changed: drop the worker (the next start lays out the new graph). */
  forget(): void {
    const running = this.isRunning();
    this.kill();
    if (running) this.emit();
  }

  onChange(listener: (running: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private kill(): void {
    clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = null;
    this.copy = null;
  }

  private async syncLoop(copy: CorridorGraph): Promise<void> {
    while (this.copy === copy && this.isRunning()) {
      const t0 = performance.now();
      this.sync(copy);
      await this.frameDrawn();
      const drawMs = performance.now() - t0;
      await new Promise((r) => (this.timer = setTimeout(r, Math.max(MIN_SYNC_MS, drawMs))));
    }
  }

  private sync(copy: CorridorGraph): void {
    this.graph.updateEachNodeAttributes((n, a) => {
      if (copy.hasNode(n)) {
        a.x = copy.getNodeAttribute(n, 'x');
        a.y = copy.getNodeAttribute(n, 'y');
      }
      return a;
    });
  }

  private emit(): void {
    for (const l of this.listeners) l(this.isRunning());
  }
}
