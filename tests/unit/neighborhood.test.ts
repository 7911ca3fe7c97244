import { describe, expect, it } from 'vitest';
import { CompiledFilter, type GraphFilterInput } from '../../server/graph/filter.js';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { neighborhood } from '../../server/graph/neighborhood.js';
import { UNLIMITED, type Direction } from '../../server/graph/types.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

// a -> b -> c -> d, a -> e (part_of), f <- a (extracted, 0.5), g isolated
const kg = tinyGraph(
  ['a', 'b', 'c', 'd', 'e:Region', 'f', 'g'],
  [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'a', to: 'e', type: 'part_of' },
    { from: 'f', to: 'a', status: 'extracted', confidence: 0.5 },
  ],
);

function hood(g: KnowledgeGraph, center: string, opts: { depth?: number; direction?: Direction; limit?: number; filter?: GraphFilterInput; maxVisited?: number } = {}) {
  return neighborhood(g.index, g.index.nodeIndex.get(center)!, {
    depth: opts.depth ?? 1,
    direction: opts.direction ?? 'BOTH',
    limit: opts.limit ?? 100,
    filter: new CompiledFilter(g.index, g.relations, opts.filter),
    budget: opts.maxVisited ? { maxVisited: opts.maxVisited, deadline: Infinity } : UNLIMITED,
  });
}

describe('neighborhood', () => {
  it('returns the centre first, then neighbours nearest first, with the relations among them', () => {
    const r = hood(kg, 'a');
    expect(r.entityIds).toEqual(['a', 'b', 'e', 'f']);
    expect(r.relationIds.sort()).toEqual(['r0', 'r3', 'r4']);
    expect(r.truncated).toBe(false);
  });

  it('goes as deep as asked', () => {
    expect(hood(kg, 'a', { depth: 2 }).entityIds).toEqual(['a', 'b', 'e', 'f', 'c']);
    expect(hood(kg, 'a', { depth: 3 }).entityIds).toContain('d');
  });

  it('follows only outgoing or only incoming relations when asked', () => {
    expect(hood(kg, 'a', { direction: 'OUT' }).entityIds).toEqual(['a', 'b', 'e']);
    expect(hood(kg, 'a', { direction: 'IN' }).entityIds).toEqual(['a', 'f']);
    expect(hood(kg, 'c', { direction: 'IN', depth: 3 }).entityIds).toEqual(['c', 'b', 'a', 'f']);
  });

  it('follows only the relation types, statuses and confidences asked for', () => {
    expect(hood(kg, 'a', { filter: { types: ['part_of'] } }).entityIds).toEqual(['a', 'e']);
    expect(hood(kg, 'a', { filter: { status: ['reviewed'] } }).entityIds).not.toContain('f');
    expect(hood(kg, 'a', { filter: { minConfidence: 0.6 } }).entityIds).not.toContain('f');
    expect(hood(kg, 'a', { filter: { kinds: ['Country'] } }).entityIds).toEqual(['a', 'b', 'f']);
  });

  it('stops at the entity limit and says so', () => {
    const r = hood(kg, 'a', { limit: 2 });
    expect(r.entityIds).toEqual(['a', 'b']);
    expect(r).toMatchObject({ truncated: true, reason: 'NODE_LIMIT' });
    expect(r.relationIds).toEqual(['r0']);
  });

  it('stops when the visit budget runs out and says so', () => {
    const r = hood(kg, 'a', { depth: 3, maxVisited: 2 });
    expect(r).toMatchObject({ truncated: true, reason: 'VISIT_BUDGET' });
    expect(r.entityIds.length).toBeLessThan(hood(kg, 'a', { depth: 3 }).entityIds.length);
  });

  it('stops at the deadline and says so', () => {
    const many = tinyGraph(
      Array.from({ length: 600 }, (_, i) => `n${i}`),
      Array.from({ length: 599 }, (_, i) => ({ from: 'n0', to: `n${i + 1}` })),
    );
    const r = neighborhood(many.index, 0, { depth: 2, direction: 'BOTH', limit: 10_000, filter: new CompiledFilter(many.index, many.relations), budget: { maxVisited: Infinity, deadline: Date.now() - 1 } });
    expect(r).toMatchObject({ truncated: true, reason: 'DEADLINE' });
  });

  it('an isolated entity is its own neighbourhood', () => {
    expect(hood(kg, 'g', { depth: 3 })).toMatchObject({ entityIds: ['g'], relationIds: [], truncated: false });
  });
});
