import { describe, expect, it } from 'vitest';
import { computeDerived } from '../../server/graph/derived.js';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { Store } from '../../server/store/store.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

const topology = (kg: KnowledgeGraph) => ({ nodeIds: kg.index.nodeIds, edgeSrc: kg.index.edgeSrc, edgeDst: kg.index.edgeDst });
const options = { betweennessMaxNodes: 5000, layoutIterations: null };

describe('metrics and layout', () => {
  // Two triangles joined through a bridge node m: a-b-c-a, m, x-y-z-x with c-m and m-x.
  const kg = tinyGraph(
    ['a', 'b', 'c', 'm', 'x', 'y', 'z'],
    [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'c', to: 'm' },
      { from: 'm', to: 'x' },
      { from: 'x', to: 'y' },
      { from: 'y', to: 'z' },
      { from: 'z', to: 'x' },
    ],
  );
  const d = computeDerived(topology(kg), options);
  const at = (id: string) => kg.index.nodeIndex.get(id)!;

  it('PageRank sums to 1 and ranks the bridge ends above the triangle corners', () => {
    expect([...d.pagerank].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(d.pagerank[at('c')]!).toBeGreaterThan(d.pagerank[at('a')]!);
  });

  it('betweenness is highest on the bridge and zero on a triangle corner', () => {
    const b = d.betweenness!;
    expect(b[at('m')]!).toBe(Math.max(...b));
    expect(b[at('a')]!).toBe(0);
  });

  it('Louvain puts each triangle in its own community', () => {
    const c = d.community;
    expect(c[at('a')]).toBe(c[at('b')]);
    expect(c[at('x')]).toBe(c[at('y')]);
    expect(c[at('a')]).not.toBe(c[at('y')]);
  });

  it('skips betweenness above the size limit rather than spending O(V·E) on a request path', () => {
    expect(computeDerived(topology(kg), { ...options, betweennessMaxNodes: 3 }).betweenness).toBeNull();
  });

  it('lays out the same data the same way every time, with finite, spread-out positions', async () => {
    const open = () => Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
    const [s1, s2] = [await open(), await open()];
    try {
      const p1 = s1.kg.graph.nodes().map((id) => s1.kg.derived.position(id));
      const p2 = s2.kg.graph.nodes().map((id) => s2.kg.derived.position(id));
      expect(p1).toEqual(p2);
      expect(p1.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(new Set(p1.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(p1.length);
      // ForceAtlas2 ran: connected entities sit closer than the seed positions put them on average.
      const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
      const eu = s1.kg.derived.position('european-union');
      expect(dist(eu, s1.kg.derived.position('central-asia'))).toBeLessThan(dist(eu, s1.kg.derived.position('caspian-sea')));
    } finally {
      await s1.close();
      await s2.close();
    }
  });
});
