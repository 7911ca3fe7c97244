import { MultiDirectedGraph } from 'graphology';
import { ApiError } from './api/client.js';
import { loadGraphAnswer, type GraphAnswer } from './api/graph-answer.js';
import { followChanges, type ChangeEvent } from './api/live-changes.js';
import { applyChangeEvent } from './graph/apply-changes.js';
import { applyVisibility } from './graph/apply-visibility.js';
import { bindEdgeLabelZoom, cameraView, setCameraView } from './graph/camera.js';
import { makeVocabulary, type CorridorGraph, type Vocabulary } from './graph/graph-model.js';
import { Highlights } from './graph/highlights.js';
import { LiveLayout } from './graph/layout-worker.js';
import { applySizes } from './graph/node-sizes.js';
import { createRenderer, type CorridorSigma } from './graph/renderer.js';
import type { Store } from './state/store.js';
import type { ViewState } from './state/view-state.js';
import type { Visibility } from './state/visibility.js';
import type { ViewReason } from './view-reason.js';

export interface LoadedGraph {
  graph: CorridorGraph;
  sigma: CorridorSigma;
  vocab: Vocabulary;
  highlights: Highlights;
  layout: LiveLayout;
  truncated: boolean;
  statuses: string[];
}

export interface ExplorerHooks {
  /** The graph is drawn (first load) or was reloaded. */
  onLoaded: (g: LoadedGraph, first: boolean) => void;
  /** A live change was applied; `touched` are the entity and relation ids it changed. */
  onChanged: (touched: Set<string>) => void;
  onVisibility: (vis: Visibility) => void;
  onError: (message: string, retry: () => void) => void;
}

/**
 * The graph's life: load it from the API into graphology and sigma, keep it in step with the view
 * (sizes, filters, focus), and apply the live change feed (a new relation appears, a deleted one
 * disappears, a reviewed one changes style; a RELOAD refetches everything).
 */
export class Explorer {
  loaded: LoadedGraph | null = null;
  /** Whether the live change feed is connected. */
  live = false;
  private changeQueue: Promise<void> = Promise.resolve();
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly view: Store<ViewState, ViewReason>,
    private readonly container: HTMLElement,
    private readonly hooks: ExplorerHooks,
  ) {}

  /** First load, or a full refetch (retry, RELOAD event, reconnect). */
  async load(): Promise<void> {
    let data: GraphAnswer;
    try {
      data = await loadGraphAnswer(this.loaded === null);
      performance.mark('corridor:graph-fetched');
    } catch (e) {
      this.hooks.onError(e instanceof ApiError ? e.describe() : `Loading the graph failed: ${(e as Error).message}`, () => void this.load());
      return;
    }
    const vocab = makeVocabulary(data.vocabulary.entityKinds, data.vocabulary.relationTypes);
    const view = this.view.get();
    const first = this.loaded === null;
    let loaded: LoadedGraph;
    if (this.loaded) {
      const { graph, layout, highlights } = this.loaded;
      layout.forget();
      data.fill(graph, vocab);
      applySizes(graph, view.centrality);
      loaded = { ...this.loaded, vocab, truncated: data.truncated, statuses: data.vocabulary.statuses };
      this.loaded = loaded;
      this.refreshVisibility();
      highlights.reapply();
    } else {
      // Sizes and filters are applied before sigma exists, so its first frame is already the right one.
      const graph: CorridorGraph = new MultiDirectedGraph();
      data.fill(graph, vocab);
      applySizes(graph, view.centrality);
      const vis = applyVisibility(graph, view.filters, this.focusOf(view));
      performance.mark('corridor:graph-built');
      const sigma = createRenderer(graph, this.container);
      setCameraView(sigma, view.camera);
      bindEdgeLabelZoom(sigma);
      loaded = { graph, sigma, vocab, highlights: new Highlights(sigma, graph), layout: new LiveLayout(graph), truncated: data.truncated, statuses: data.vocabulary.statuses };
      this.loaded = loaded;
      this.hooks.onVisibility(vis);
      this.follow();
    }
    this.hooks.onLoaded(loaded, first);
  }

  /** Re-runs the filters and focus over the graph. */
  refreshVisibility(): Visibility | null {
    if (!this.loaded) return null;
    const view = this.view.get();
    const vis = applyVisibility(this.loaded.graph, view.filters, this.focusOf(view));
    this.hooks.onVisibility(vis);
    return vis;
  }

  /** Sizes the nodes again (the centrality changed). */
  resizeNodes(): void {
    if (!this.loaded) return;
    applySizes(this.loaded.graph, this.view.get().centrality);
  }

  camera(): ViewState['camera'] {
    return this.loaded ? cameraView(this.loaded.sigma) : null;
  }

  private focusOf(view: ViewState) {
    return view.selected && view.focus > 0 ? { center: view.selected, depth: view.focus } : null;
  }

  private follow(): void {
    this.stopFollowing?.();
    this.stopFollowing = followChanges(
      (event) => this.enqueue(event),
      // Reconnected: events may have been missed, so refetch (in turn with the changes).
      () => (this.changeQueue = this.changeQueue.then(() => this.load()).catch(() => {})),
      (connected) => (this.live = connected),
    );
  }

  /** Changes apply one at a time, in commit order. */
  private enqueue(event: ChangeEvent): void {
    this.changeQueue = this.changeQueue.then(() => this.applyChange(event)).catch(() => {});
  }

  private async applyChange(event: ChangeEvent): Promise<void> {
    if (!this.loaded) return;
    if (event.kind === 'RELOAD') return this.load();
    try {
      const touched = await applyChangeEvent(this.loaded.graph, this.loaded.vocab, event);
      applySizes(this.loaded.graph, this.view.get().centrality);
      this.refreshVisibility();
      this.hooks.onChanged(touched);
    } catch (e) {
      this.hooks.onError(e instanceof ApiError ? e.describe() : String(e), () => void this.load());
    }
  }
}
