import { DEFAULT_FILTERS, DEFAULT_VIEW, isCentrality, isStatus, MAX_FOCUS_DEPTH, normalizeView, type ViewState } from './view-state.js';

/**
 * The view as URL query parameters and back. Only what differs from the default is written, so a
 * plain link stays plain; unknown parameters (e.g. testhook) are kept. Pure: no DOM, no history.
 *
 *   node=titr  focus=2  hide-kinds=Topic,Sector  hide-types=drives  status=reviewed
 *   min-conf=0.8  as-of=2024-06  from=european-union  to=afghanistan  size=pagerank  cam=0.5,0.5,1
 */
export const VIEW_PARAMS = ['node', 'focus', 'hide-kinds', 'hide-types', 'status', 'min-conf', 'as-of', 'from', 'to', 'size', 'cam'] as const;

const list = (s: string | null): string[] => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);

export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const focus = Number(p.get('focus') ?? 0);
  const statuses = p.has('status') ? list(p.get('status')).filter(isStatus) : DEFAULT_FILTERS.statuses;
  const minConf = Number(p.get('min-conf') ?? 0);
  const size = p.get('size') ?? 'degree';
  const cam = list(p.get('cam')).map(Number);
  return normalizeView({
    selected: p.get('node'),
    focus: Number.isInteger(focus) && focus >= 0 && focus <= MAX_FOCUS_DEPTH ? focus : 0,
    filters: {
      hiddenKinds: list(p.get('hide-kinds')),
      hiddenTypes: list(p.get('hide-types')),
      statuses,
      minConfidence: Number.isFinite(minConf) ? minConf : 0,
      asOf: p.get('as-of'),
    },
    pathFrom: p.get('from'),
    pathTo: p.get('to'),
    centrality: isCentrality(size) ? size : 'degree',
    camera: cam.length === 3 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null,
  });
}

/** The view's parameters, merged into `base` (the current query string) with other parameters kept. */
export function encodeView(view: ViewState, base = ''): string {
  const v = normalizeView(view);
  const p = new URLSearchParams(base);
  for (const k of VIEW_PARAMS) p.delete(k);
  const f = v.filters;
  if (v.selected) p.set('node', v.selected);
  if (v.focus) p.set('focus', String(v.focus));
  if (f.hiddenKinds.length) p.set('hide-kinds', f.hiddenKinds.join(','));
  if (f.hiddenTypes.length) p.set('hide-types', f.hiddenTypes.join(','));
  if (f.statuses.join(',') !== DEFAULT_FILTERS.statuses.join(',')) p.set('status', f.statuses.join(','));
  if (f.minConfidence > 0) p.set('min-conf', String(f.minConfidence));
  if (f.asOf) p.set('as-of', f.asOf);
  if (v.pathFrom) p.set('from', v.pathFrom);
  if (v.pathTo) p.set('to', v.pathTo);
  if (v.centrality !== DEFAULT_VIEW.centrality) p.set('size', v.centrality);
  if (v.camera) p.set('cam', `${v.camera.x},${v.camera.y},${v.camera.ratio}`);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** Whether two views differ in more than the camera (such a change deserves its own history entry). */
export function differsBeyondCamera(a: ViewState, b: ViewState): boolean {
  return encodeView({ ...a, camera: null }) !== encodeView({ ...b, camera: null });
}
