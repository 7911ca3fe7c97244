import { graphChecksum } from '../../store/checksum.js';
import { STATUSES } from '../../model/records.js';
import type { DataStatusResolvers, EntityKindResolvers, GraphStatsResolvers, RelationTypeResolvers, VocabularyResolvers } from '../generated/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { memo } from '../memo.js';

/** Counts over the whole graph, once per graph version. */
function counts(ctx: ApiContext) {
  return memo(ctx.kg, 'counts', () => {
    const byKind = new Map<string, number>();
    const byType = new Map<string, number>();
    const byStatus = new Map<string, number>();
    const bySource = new Map<string, number>();
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    ctx.kg.graph.forEachNode((_id, e) => bump(byKind, e.kind));
    const table = ctx.kg.relations;
    for (const [, row] of table.entries()) {
      bump(byType, table.typeAt(row));
      bump(byStatus, table.statusAt(row));
      for (const s of table.sourcesAt(row)) bump(bySource, s);
    }
    const list = (m: Map<string, number>) => [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    return { byKind, byType, list: { byKind: list(byKind), byType: list(byType), byStatus: list(byStatus), bySource: list(bySource) } };
  });
}

export const GraphStats: GraphStatsResolvers = {
  entityCount: (_, __, ctx) => ctx.kg.graph.order,
  relationCount: (_, __, ctx) => ctx.kg.graph.size,
  sourceCount: (_, __, ctx) => ctx.kg.sources.size,
  byKind: (_, __, ctx) => counts(ctx).list.byKind,
  byType: (_, __, ctx) => counts(ctx).list.byType,
  byStatus: (_, __, ctx) => counts(ctx).list.byStatus,
  bySource: (_, __, ctx) => counts(ctx).list.bySource,
  version: (_, __, ctx) => ctx.kg.version,
};

export const Vocabulary: VocabularyResolvers = {
  entityKinds: (v) => v.vocabulary.entityKinds,
  relationTypes: (v) => v.vocabulary.relationTypes,
  hedges: (v) => v.vocabulary.hedges,
  statuses: () => [...STATUSES],
};

export const EntityKind: EntityKindResolvers = {
  count: (k, _, ctx) => counts(ctx).byKind.get(k.id) ?? 0,
};

export const RelationType: RelationTypeResolvers = {
  count: (t, _, ctx) => counts(ctx).byType.get(t.id) ?? 0,
};

export const DataStatus: DataStatusResolvers = {
  derivedVersion: (_, __, ctx) => ctx.kg.derived.computedVersion,
  writable: (_, __, ctx) => ctx.tokens.size > 0,
  checksum: (_, __, ctx) => graphChecksum(ctx.kg),
};
