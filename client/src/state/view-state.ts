/**
 * What a researcher is looking at — everything a shared link restores: the selection, focus depth,
 * filters, path endpoints, the centrality that sizes nodes, and the camera. Plain data, no DOM.
 */
export const CENTRALITIES = ['degree', 'pagerank', 'betweenness'] as const;
export type Centrality = (typeof CENTRALITIES)[number];

export const STATUSES = ['reviewed', 'extracted', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

export const MAX_FOCUS_DEPTH = 3;

export interface Filters {
  /** Entity kinds left out (so kinds added later show by default), sorted. */
  hiddenKinds: string[];
  /** Relation types left out, sorted. */
  hiddenTypes: string[];
  /** Relation statuses shown, in STATUSES order. */
  statuses: Status[];
  /** Lowest confidence shown, 0 to 1. */
  minConfidence: number;
  /** Only relations holding at this date (YYYY, YYYY-MM or YYYY-MM-DD), or null for all. */
  asOf: string | null;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** Selected entity id. */
  selected: string | null;
  /** Focus mode: 0 shows everything, 1–3 only that many hops around the selection. */
  focus: number;
  filters: Filters;
  /** Path finder endpoints (entity ids). */
  pathFrom: string | null;
  pathTo: string | null;
  centrality: Centrality;
  /** Camera, or null for the default (whole graph). */
  camera: CameraView | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenKinds: [],
  hiddenTypes: [],
  statuses: ['reviewed', 'extracted'],
  minConfidence: 0,
  asOf: null,
};

export const DEFAULT_VIEW: ViewState = {
  selected: null,
  focus: 0,
  filters: DEFAULT_FILTERS,
  pathFrom: null,
  pathTo: null,
  centrality: 'degree',
  camera: null,
};

export const isCentrality = (s: string): s is Centrality => (CENTRALITIES as readonly string[]).includes(s);
export const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);

/** Dates the "as of" control and URLs accept: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isPartialDate = (s: string): boolean => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s);

/** The canonical form of filters: sorted, deduplicated, in range. */
export function normalizeFilters(f: Filters): Filters {
  const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort();
  const conf = Number.isFinite(f.minConfidence) ? Math.min(1, Math.max(0, Math.round(f.minConfidence * 100) / 100)) : 0;
  return {
    hiddenKinds: uniqueSorted(f.hiddenKinds),
    hiddenTypes: uniqueSorted(f.hiddenTypes),
    statuses: STATUSES.filter((s) => f.statuses.includes(s)),
    minConfidence: conf,
    asOf: f.asOf && isPartialDate(f.asOf) ? f.asOf : null,
  };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The canonical form of a view: what survives a trip through the URL. */
export function normalizeView(v: ViewState): ViewState {
  const focus = Number.isInteger(v.focus) && v.focus >= 0 && v.focus <= MAX_FOCUS_DEPTH ? v.focus : 0;
  const cam = v.camera;
  const camera =
    cam && Number.isFinite(cam.x) && Number.isFinite(cam.y) && Number.isFinite(cam.ratio) && cam.ratio > 0
      ? { x: round(cam.x, 4), y: round(cam.y, 4), ratio: round(cam.ratio, 4) || 0.0001 }
      : null;
  return {
    selected: v.selected || null,
    focus: v.selected ? focus : 0,
    filters: normalizeFilters(v.filters),
    pathFrom: v.pathFrom || null,
    pathTo: v.pathTo || null,
    centrality: isCentrality(v.centrality) ? v.centrality : 'degree',
    camera,
  };
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return JSON.stringify(normalizeFilters(a)) === JSON.stringify(normalizeFilters(b));
}
