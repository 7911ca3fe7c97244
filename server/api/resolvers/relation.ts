import type { RelationResolvers, SourceResolvers } from '../generated/resolvers-types.js';
import { propertyList } from './properties.js';
import { memo } from '../memo.js';
import type { ApiContext } from '../context.js';

const typeOf = (ctx: ApiContext, type: string) => ctx.kg.vocabulary.types.get(type);

export const Relation: RelationResolvers = {
  label: (r, _, ctx) => typeOf(ctx, r.type)?.label ?? r.type,
  inverseLabel: (r, _, ctx) => typeOf(ctx, r.type)?.inverseLabel ?? r.type,
  symmetric: (r, _, ctx) => typeOf(ctx, r.type)?.symmetric ?? false,
  from: (r, _, ctx) => ctx.kg.entity(r.from)!,
  to: (r, _, ctx) => ctx.kg.entity(r.to)!,
  fromId: (r) => r.from,
  toId: (r) => r.to,
  sourceCount: (r) => new Set(r.evidence.map((ev) => ev.source)).size,
  properties: (r) => propertyList(r.properties),
};

export const Source: SourceResolvers = {
  relationCount: (s, _, ctx) =>
    memo(ctx.kg, 'relationsBySource', () => {
      const counts = new Map<string, number>();
      const table = ctx.kg.relations;
      for (const [, row] of table.entries()) for (const src of table.sourcesAt(row)) counts.set(src, (counts.get(src) ?? 0) + 1);
      return counts;
    }).get(s.id) ?? 0,
  pendingCount: (s, _, ctx) =>
    memo(ctx.kg, 'pendingBySource', () => {
      const counts = new Map<string, number>();
      const table = ctx.kg.relations;
      for (const [, row] of table.entries()) if (table.statusAt(row) === 'extracted') for (const src of table.sourcesAt(row)) counts.set(src, (counts.get(src) ?? 0) + 1);
      return counts;
    }).get(s.id) ?? 0,
};
