import { request } from './api/client.js';
import type { GraphFilter } from './api/generated/graphql.js';
import { SearchEntitiesQuery } from './api/operations.js';
import { flyTo, setCameraView } from './graph/camera.js';
import { download, viewPng } from './graph/export-graph.js';
import { UNKNOWN_COLOR } from './graph/graph-model.js';
import { LIVE_EDGE_LIMIT } from './graph/layout-worker.js';
import { Explorer, type LoadedGraph } from './explorer.js';
import { exportUrl } from './state/export-query.js';
import { syncWithHistory } from './state/history-sync.js';
import { Store } from './state/store.js';
import { decodeView, encodeView } from './state/url-state.js';
import { normalizeView, sameFilters, type Filters, type ViewState } from './state/view-state.js';
import type { Visibility } from './state/visibility.js';
import { AddSourceDialog } from './ui/add-source-dialog.js';
import { AlertBanner } from './ui/alert.js';
import { AppShell } from './ui/app-shell.js';
import { DetailsPanel } from './ui/details-panel.js';
import { h } from './ui/dom.js';
import { ExportMenu } from './ui/export-menu.js';
import { FiltersPanel } from './ui/filters-panel.js';
import { ImportDialog } from './ui/import-dialog.js';
import { describeError } from './ui/modal.js';
import { Legend } from './ui/legend.js';
import { ListView } from './ui/list-view.js';
import { PathFinder } from './ui/path-finder.js';
import { ReviewPicker } from './ui/review-picker.js';
import { ReviewView } from './ui/review-view.js';
import { SearchBox, type SearchHit } from './ui/search-box.js';
import { SignIn } from './ui/sign-in.js';
import { SourceViewer } from './ui/source-viewer.js';
import { Toolbar } from './ui/toolbar.js';
import { WriteTools } from './ui/write-tools.js';
import type { ViewReason } from './view-reason.js';

/** Wires the page together: the view store (mirrored in the URL), the graph, and every panel. */
export function startApp(root: HTMLElement): void {
  const view = new Store<ViewState, ViewReason>(decodeView(location.search));
  const update = (patch: Partial<ViewState>, reason: ViewReason = 'user') => view.set((v) => normalizeView({ ...v, ...patch }), reason);
  let g: LoadedGraph | null = null;
  let vis: Visibility | null = null;

  const alert = new AlertBanner();
  const reportError = (e: unknown, retry?: () => void) => alert.show(describeError(e), retry);
  const kindLabel = (kind: string) => ({ label: g?.vocab.kindById.get(kind)?.label ?? kind, color: g?.vocab.kindById.get(kind)?.color ?? UNKNOWN_COLOR });
  const search = (text: string, signal: AbortSignal): Promise<SearchHit[]> =>
    request(SearchEntitiesQuery, { text, first: 8 }, signal).then((d) => d.search.map((hit) => hit.entity));
  const labelOf = (id: string) => (g?.graph.hasNode(id) ? g.graph.getNodeAttribute(id, 'label') : id);

  const select = (id: string | null, via: 'pointer' | 'keyboard' | 'search' = 'pointer') => {
    if (id && via === 'keyboard') details.focusHeadingOf(id);
    update({ selected: id });
    if (!id) return;
    shell.showSide('details');
    if (via !== 'pointer' && g?.graph.hasNode(id)) void flyTo(g.sigma, id);
  };

  const sourceViewer = new SourceViewer((e, retry) => reportError(e, retry), (id) => select(id, 'keyboard'));
  const relationActions = { onSelectEntity: (id: string) => select(id, 'keyboard'), onOpenQuote: (ref: Parameters<SourceViewer['open']>[0]) => void sourceViewer.open(ref) };
  const searchBox = new SearchBox({
    label: 'Search entities',
    placeholder: 'Search entities, e.g. Middle Corridor',
    search,
    kindLabel,
    onError: (e) => reportError(e),
    onChoose: (hit, via) => select(hit.id, via === 'keyboard' ? 'keyboard' : 'search'),
  });
  const details = new DetailsPanel({
    ...relationActions,
    vocabulary: () => g?.vocab ?? null,
    isRelationHidden: (id) => (g?.graph.hasEdge(id) ? g.graph.getEdgeAttribute(id, 'hidden') : false),
    isEntityHidden: (id) => (g?.graph.hasNode(id) ? g.graph.getNodeAttribute(id, 'hidden') : false),
    onError: reportError,
  });
  const pathFinder = new PathFinder({
    ...relationActions,
    search,
    kindLabel,
    labelOf,
    onEndpoints: (pathFrom, pathTo) => update({ pathFrom, pathTo }),
    onPaths: (nodes, edges) => g?.highlights.showPaths(nodes, edges),
    onError: reportError,
  });
  const listView = new ListView({ onSelectEntity: (id) => select(id, 'keyboard') });
  const filters = new FiltersPanel({ onFilters: (f) => update({ filters: f }), onFocus: (focus) => update({ focus }) });
  const legend = new Legend();
  const layoutOf = () => g?.layout;
  const exportMenu = new ExportMenu({
    urlFor: (format) => {
      const v = view.get();
      const focus = v.selected && v.focus > 0 ? { entity: v.selected, depth: v.focus } : null;
      return exportUrl(format, v.filters, { kinds: g?.vocab.kinds.map((k) => k.id) ?? [], types: g?.vocab.types.map((t) => t.id) ?? [] }, focus);
    },
    onPng: () => void exportPng(),
    onError: (message) => alert.show(message),
  });
  const toolbar = new Toolbar(
    {
      onCentrality: (centrality) => update({ centrality }),
      onToggleLayout: () => (layoutOf()?.isRunning() ? layoutOf()?.stop() : void layoutOf()?.start()),
      onResetLayout: () => layoutOf()?.reset(),
      onFit: () => g && setCameraView(g.sigma, null, true),
      onZoom: (direction) => void (direction === 'in' ? g?.sigma.getCamera().zoomIn() : g?.sigma.getCamera().zoomOut()),
      shareUrl: (): string => `${location.origin}${location.pathname}${encodeView({ ...view.get(), camera: explorer.camera() }, location.search)}`,
    },
    exportMenu.el,
  );
  const signIn = new SignIn(reportError);
  const reviewView = new ReviewView({ vocabulary: () => g?.vocab ?? null, search, kindLabel, onError: reportError });
  const reviewPicker = new ReviewPicker((id) => void reviewView.open(id));
  const addSource = new AddSourceDialog({
    onAdded: (report) => void reviewView.open(report.source.id, report.mentions),
    onOpenSource: (id) => void sourceViewer.openSource(id),
  });
  const importDialog = new ImportDialog();
  const writeTools = new WriteTools(signIn.el, { onAddSource: () => addSource.open(), onImport: () => importDialog.open(), onReview: () => void reviewPicker.open() });
  const shell = new AppShell(root, {
    search: searchBox.el,
    tools: h('div', { class: 'header-tools' }, toolbar.el, writeTools.el),
    alert: alert.el,
    filters: filters.el,
    legend: legend.el,
    details: details.el,
    pathFinder: pathFinder.el,
    listView: listView.el,
    sourceViewer: sourceViewer.el,
  });
  shell.sideTabs.onSelect((tab) => listView.setShown(tab === 'list'));
  if (shell.isNarrow() && (view.get().selected || view.get().pathFrom)) shell.showPane('side');
  if (!view.get().selected && (view.get().pathFrom || view.get().pathTo)) shell.sideTabs.select('paths');

  async function exportPng(): Promise<void> {
    if (!g) return;
    try {
      download('corridor-view.png', await viewPng(g.sigma));
    } catch (e) {
      reportError(e);
    }
  }

  const apiFilter = (f: Filters): GraphFilter => {
    const out: GraphFilter = { status: f.statuses, minConfidence: f.minConfidence || null, validAt: f.asOf };
    if (g && f.hiddenKinds.length) out.kinds = g.vocab.kinds.map((k) => k.id).filter((k) => !f.hiddenKinds.includes(k));
    if (g && f.hiddenTypes.length) out.types = g.vocab.types.map((t) => t.id).filter((t) => !f.hiddenTypes.includes(t));
    return out;
  };

  const showVisibility = (next: Visibility) => {
    vis = next;
    const v = view.get();
    filters.update(v.filters, vis, v.focus, v.selected !== null);
    const nodes = [...vis.kinds.values()].reduce((s, c) => ({ visible: s.visible + c.visible, total: s.total + c.total }), { visible: 0, total: 0 });
    const edges = [...vis.statuses.values()].reduce((s, c) => ({ visible: s.visible + c.visible, total: s.total + c.total }), { visible: 0, total: 0 });
    shell.statusLine.textContent =
      `Showing ${nodes.visible} of ${nodes.total} entities and ${edges.visible} of ${edges.total} relations` +
      (g?.truncated ? ' (the server sent only the best-connected entities)' : '');
    listView.invalidate();
    details.rerender();
  };

  const explorer = new Explorer(view, shell.graphContainer, {
    onVisibility: showVisibility,
    onError: (message, retry) => alert.show(message, retry),
    onLoaded: (loaded, first) => {
      g = loaded;
      alert.clear();
      filters.setVocabulary(loaded.vocab, loaded.statuses);
      legend.setVocabulary(loaded.vocab, new Set(loaded.graph.mapNodes((_n, a) => a.kind)));
      listView.setSource(loaded.graph, loaded.vocab);
      if (vis) showVisibility(vis);
      const v = view.get();
      loaded.highlights.select(v.selected);
      pathFinder.invalidate();
      pathFinder.sync(v.pathFrom, v.pathTo, apiFilter(v.filters));
      if (first) {
        bindGraphEvents(loaded);
        void details.show(v.selected);
        if (v.selected && !v.camera && loaded.graph.hasNode(v.selected)) void flyTo(loaded.sigma, v.selected);
        if (new URLSearchParams(location.search).get('testhook') === '1') {
          (window as unknown as { __corridor: unknown }).__corridor = { graph: loaded.graph, sigma: loaded.sigma, state: view, layout: loaded.layout, explorer };
        }
      } else details.refresh();
    },
    onChanged: (touched) => {
      const v = view.get();
      if (v.selected && g?.graph.hasNode(v.selected)) {
        const rels = g.graph.edges(v.selected);
        if (touched.has(v.selected) || rels.some((r) => touched.has(r))) details.refresh();
      } else if (v.selected && touched.has(v.selected)) details.refresh();
      pathFinder.invalidate();
      pathFinder.sync(v.pathFrom, v.pathTo, apiFilter(v.filters));
    },
  });

  function bindGraphEvents(loaded: LoadedGraph): void {
    const { sigma, highlights, layout } = loaded;
    sigma.on('enterNode', ({ node }) => highlights.hover(node));
    sigma.on('leaveNode', () => highlights.hover(null));
    sigma.on('clickNode', ({ node }) => select(node, 'pointer'));
    sigma.on('clickStage', () => view.get().selected && update({ selected: null }));
    layout.onChange((running) => {
      toolbar.setLayoutRunning(running);
      sigma.setGraphState({ hideEdges: running && loaded.graph.size > LIVE_EDGE_LIMIT });
    });
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    sigma.getCamera().on('updated', () => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => update({ camera: explorer.camera() }, 'camera'), 200);
    });
    new ResizeObserver(() => sigma.scheduleRender()).observe(shell.graphContainer);
  }

  view.subscribe((next, prev, reason) => {
    toolbar.setCentrality(next.centrality);
    if (!g) return;
    const focusChanged = next.focus !== prev.focus || (next.focus > 0 && next.selected !== prev.selected);
    if (next.centrality !== prev.centrality) explorer.resizeNodes();
    if (!sameFilters(next.filters, prev.filters) || focusChanged) explorer.refreshVisibility();
    else if (next.selected !== prev.selected && vis) showVisibility(vis);
    if (next.selected !== prev.selected) {
      g.highlights.select(next.selected);
      void details.show(next.selected);
    }
    if (reason === 'history') setCameraView(g.sigma, next.camera, true);
    pathFinder.sync(next.pathFrom, next.pathTo, apiFilter(next.filters));
    if ((next.pathFrom !== prev.pathFrom || next.pathTo !== prev.pathTo) && reason === 'user') shell.showSide('paths');
  });
  syncWithHistory(view, { history: 'history', replace: ['camera'] });
  toolbar.setCentrality(view.get().centrality);
  void signIn.restore();
  void explorer.load();
}
