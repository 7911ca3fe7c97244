import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { isRecordEvidence, type Evidence, type QuoteEvidence } from '../model/records.js';
import { sourceMentions } from './source-mentions.js';

export type RelationEnd = 'from' | 'to';

/** Another candidate that names the same entity through the same written form, and which of its ends does. */
export interface IdenticalMention {
  id: string;
  end: RelationEnd;
}

export interface IdenticalMentions {
  /** The entity the asked-for end names now. */
  entity: string;
  /** How the relation's quotes write it: the text of each mention inside them linked to it ("Europe"). */
  surfaces: string[];
  /** The other candidates (status extracted) quoting the same sources where one of those forms is linked to the entity, by id. */
  relations: IdenticalMention[];
}

const isQuote = (ev: Evidence): ev is QuoteEvidence => !isRecordEvidence(ev);

/** The written forms of the mentions inside a quote that are linked to `entity`. */
function formsIn(kg: KnowledgeGraph, ev: QuoteEvidence, entity: string): string[] {
  return sourceMentions(kg, ev.source)
    .filter((m) => m.entity === entity && m.start >= ev.start && m.end <= ev.end)
    .map((m) => m.text);
}

/**
 * The "identical mentions" of one end of a relation: the candidates a reviewer may want re-pointed
 * too when that end was linked wrongly ("Europe" linked to the EU where the text means the
 * continent). A candidate is identical when it is `extracted`, quotes a source the relation quotes,
 * has the same entity at the same end (either end for a symmetric type, whose ends are in id order),
 * and its quote holds a mention of that entity written exactly as one in the relation's quote from
 * that source. Mentions are found again with the ingest pipeline's finder (see source-mentions.ts).
 * Undefined when the relation does not exist.
 */
export function identicalMentions(kg: KnowledgeGraph, relationId: string, end: RelationEnd): IdenticalMentions | undefined {
  const relation = kg.relation(relationId);
  if (!relation) return undefined;
  const entity = relation[end];
  const formsBySource = new Map<string, Set<string>>();
  for (const ev of relation.evidence.filter(isQuote)) {
    const forms = formsBySource.get(ev.source) ?? new Set<string>();
    for (const form of formsIn(kg, ev, entity)) forms.add(form);
    if (forms.size > 0) formsBySource.set(ev.source, forms);
  }
  const relations: IdenticalMention[] = [];
  if (formsBySource.size > 0) {
    for (const id of new Set(kg.relationIdsOf(entity))) {
      if (id === relationId) continue;
      const candidate = kg.relation(id);
      if (candidate?.status !== 'extracted') continue;
      const ends: RelationEnd[] = kg.vocabulary.types.get(candidate.type)?.symmetric ? ['from', 'to'] : [end];
      const at = ends.find((e) => candidate[e] === entity);
      if (!at) continue;
      const same = candidate.evidence.filter(isQuote).some((ev) => {
        const forms = formsBySource.get(ev.source);
        return forms !== undefined && formsIn(kg, ev, entity).some((f) => forms.has(f));
      });
      if (same) relations.push({ id, end: at });
    }
  }
  const surfaces = [...new Set([...formsBySource.values()].flatMap((forms) => [...forms]))];
  return { entity, surfaces, relations: relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
