import { describe, expect, it } from 'vitest';
import { decodeView, differsBeyondCamera, encodeView } from '../../client/src/state/url-state.js';
import { DEFAULT_VIEW, normalizeView, type ViewState } from '../../client/src/state/view-state.js';

const full: ViewState = {
  selected: 'titr',
  focus: 2,
  filters: { hiddenKinds: ['Topic', 'Sector'], hiddenTypes: ['drives'], statuses: ['reviewed'], minConfidence: 0.8, asOf: '2024-06' },
  pathFrom: 'european-union',
  pathTo: 'afghanistan',
  centrality: 'pagerank',
  camera: { x: 0.51234567, y: -0.2, ratio: 0.35 },
};

describe('client URL state', () => {
  it('round-trips every part of the view', () => {
    expect(decodeView(encodeView(full))).toEqual(normalizeView(full));
    expect(decodeView(encodeView(DEFAULT_VIEW))).toEqual(DEFAULT_VIEW);
  });

  it('writes nothing for the default view, and readable parameters otherwise', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(encodeView(full)).toBe(
      '?node=titr&focus=2&hide-kinds=Sector,Topic&hide-types=drives&status=reviewed&min-conf=0.8&as-of=2024-06&from=european-union&to=afghanistan&size=pagerank&cam=0.5123,-0.2,0.35',
    );
  });

  it('keeps parameters it does not own and replaces those it does', () => {
    expect(encodeView({ ...DEFAULT_VIEW, selected: 'kazakhstan' }, '?testhook=1&node=titr&focus=3')).toBe('?testhook=1&node=kazakhstan');
  });

  it('round-trips random views', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    for (let i = 0; i < 200; i++) {
      const view: ViewState = {
        selected: rnd() < 0.5 ? null : pick(['titr', 'european-union', 'a b', 'ü-ñ', 'x&y=z']),
        focus: Math.floor(rnd() * 4),
        filters: {
          hiddenKinds: ['Country', 'Topic', 'Region'].filter(() => rnd() < 0.4),
          hiddenTypes: ['part_of', 'drives'].filter(() => rnd() < 0.4),
          statuses: (['reviewed', 'extracted', 'rejected'] as const).filter(() => rnd() < 0.6),
          minConfidence: Math.round(rnd() * 100) / 100,
          asOf: pick([null, '2024', '2023-02', '2021-12-31']),
        },
        pathFrom: rnd() < 0.5 ? null : 'european-union',
        pathTo: rnd() < 0.5 ? null : 'afghanistan',
        centrality: pick(['degree', 'pagerank', 'betweenness'] as const),
        camera: rnd() < 0.5 ? null : { x: rnd() * 2 - 1, y: rnd(), ratio: 0.01 + rnd() * 3 },
      };
      expect(decodeView(encodeView(view))).toEqual(normalizeView(view));
    }
  });

  it('ignores malformed parameters instead of failing', () => {
    const v = decodeView('?focus=9&min-conf=abc&status=reviewed,bogus&size=huge&cam=1,2&as-of=2024-13-01');
    expect(v.focus).toBe(0);
    expect(v.filters.minConfidence).toBe(0);
    expect(v.filters.statuses).toEqual(['reviewed']);
    expect(v.centrality).toBe('degree');
    expect(v.camera).toBeNull();
    expect(v.filters.asOf).toBeNull();
    expect(decodeView('?focus=2').focus).toBe(0); // focus needs a selection
  });

  it('tells camera-only changes (replaced in history) from meaningful ones (pushed)', () => {
    expect(differsBeyondCamera(full, { ...full, camera: { x: 0, y: 0, ratio: 1 } })).toBe(false);
    expect(differsBeyondCamera(full, { ...full, focus: 1 })).toBe(true);
  });
});
