import { identicalMentions, type RelationEnd } from '../../ingest/identical-mentions.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { Change } from '../../store/changes.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import type { QueryResolvers, RelationEnd as ApiRelationEnd, RelationPatch } from '../generated/resolvers-types.js';

const END_OF: Record<ApiRelationEnd, RelationEnd> = { FROM: 'from', TO: 'to' };

export const IdenticalQuery: Pick<QueryResolvers, 'identicalMentions'> = {
  identicalMentions: (_, { relation, end }, ctx) => {
    const found = identicalMentions(ctx.kg, relation, END_OF[end]);
    if (!found) throw badInput(`relation: no relation with id "${relation}"`, 'relation');
    return { entity: ctx.kg.entity(found.entity)!, surfaces: found.surfaces, relations: found.relations.map((m) => ctx.kg.relation(m.id)!) };
  },
};

/**
 * The re-points `reviewRelations(applyToIdentical:)` adds to a decision: for each listed end the
 * edit sets, every identical mention of that end of each id (not itself one of the ids) gets the
 * same entity at its matching end, as an EDIT decision whose note names the relation it follows.
 * A candidate that would become a self-loop is left out. Refused, naming the list position, when
 * an end is listed that the edit does not set.
 */
export function identicalRepoints(kg: KnowledgeGraph, ids: string[], edit: RelationPatch | null | undefined, ends: readonly ApiRelationEnd[]): Array<Extract<Change, { op: 'decideReview' }>> {
  const planned = new Map<string, { patch: Partial<Record<RelationEnd, string>>; note: string }>();
  const decided = new Set(ids);
  ends.forEach((apiEnd, i) => {
    const end = END_OF[apiEnd];
    const target = edit?.[end];
    if (!target) throw badInput(`applyToIdentical[${i}]: the edit does not re-point "${end}"; set edit.${end} to the entity the mentions should name`, `applyToIdentical[${i}]`);
    for (const id of ids) {
      const relation = kg.relation(id);
      if (!relation || relation[end] === target) continue; // an unknown id is refused by its own decision
      const found = identicalMentions(kg, id, end)!;
      for (const m of found.relations) {
        const candidate = kg.relation(m.id)!;
        if (decided.has(m.id) || candidate[m.end === 'from' ? 'to' : 'from'] === target) continue;
        const prior = planned.get(m.id);
        const note = prior?.note ?? `re-pointed with ${id}: the same mention “${found.surfaces.join('”, “')}”`;
        planned.set(m.id, { patch: { ...prior?.patch, [m.end]: target }, note });
      }
    }
  });
  return [...planned].map(([id, { patch, note }]) => ({ op: 'decideReview' as const, id, decision: 'EDIT' as const, edit: patch, note }));
}
