import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Proposal } from './candidates.js';
import { sentenceRef } from './candidates.js';
import type { Corroboration, Sentence, Skipped } from './types.js';

/** Highest confidence an extracted relation reaches from corroboration alone; only a reviewer says 1. */
export const MAX_EXTRACTED_CONFIDENCE = 0.99;

/** The identity of a statement: type and ends, either way round for a symmetric type. */
export function statementKey(type: string, from: string, to: string, symmetric: boolean): string {
  return symmetric && from > to ? `${type}|${to}|${from}` : `${type}|${from}|${to}`;
}

/**
 * Collapses proposals that state the same (from, type, to) within one source: the most confident
 * stays (the earlier one on a tie); each other becomes a `duplicate` skip naming the one kept, so a
 * reviewer sees every sentence that said it without reviewing it twice.
 */
export function dedupeProposals(proposals: Proposal[], symmetric: (type: string) => boolean, sentenceAt: (offset: number) => Sentence): { kept: Proposal[]; skipped: Skipped[] } {
  const best = new Map<string, Proposal>();
  for (const p of proposals) {
    const key = statementKey(p.type, p.from, p.to, symmetric(p.type));
    const prior = best.get(key);
    if (!prior || p.confidence > prior.confidence) best.set(key, p);
  }
  const kept = new Set(best.values());
  const skipped: Skipped[] = proposals
    .filter((p) => !kept.has(p))
    .map((p) => {
      const keptOne = best.get(statementKey(p.type, p.from, p.to, symmetric(p.type)))!;
      return {
        reason: 'duplicate',
        sentence: sentenceRef(sentenceAt(p.evidence.start)),
        detail: `${p.from} ${p.type} ${p.to} (rule ${p.extractor.rule}) is already proposed from the sentence at ${keptOne.evidence.start}–${keptOne.evidence.end}`,
      };
    });
  return { kept: proposals.filter((p) => kept.has(p)), skipped };
}

/** The id of a relation the graph already holds with this type and these ends (either way round when symmetric). */
export function existingRelation(kg: KnowledgeGraph, type: string, from: string, to: string, symmetric: boolean): string | undefined {
  const { graph } = kg;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return undefined;
  const ids = symmetric ? [...graph.edges(from, to), ...graph.edges(to, from)] : graph.edges(from, to);
  // A rejected relation is a reviewer's "no": the new evidence goes to it, so the decision is seen again.
  let rejected: string | undefined;
  for (const id of ids) {
    const r = kg.relations.get(id);
    if (r?.type !== type) continue;
    if (r.status !== 'rejected') return id;
    rejected ??= id;
  }
  return rejected;
}

/**
 * Confidence of an extracted relation stated by several independent sources: noisy-OR,
 * 1 − Π(1 − cᵢ), capped at MAX_EXTRACTED_CONFIDENCE. The relation's current confidence already
 * combines its earlier sources, so one more source folds in as 1 − (1 − c)(1 − c_new).
 */
export function corroboratedConfidence(current: number, added: number): number {
  return Math.min(MAX_EXTRACTED_CONFIDENCE, Math.round((1 - (1 - current) * (1 - added)) * 1000) / 1000);
}

/** Splits deduplicated proposals into new candidates and corroborations of relations already in the graph. */
export function splitByExisting(kg: KnowledgeGraph, proposals: Proposal[], symmetric: (type: string) => boolean): { fresh: Proposal[]; corroborations: Corroboration[] } {
  const fresh: Proposal[] = [];
  const corroborations: Corroboration[] = [];
  for (const p of proposals) {
    const id = existingRelation(kg, p.type, p.from, p.to, symmetric(p.type));
    if (id === undefined) {
      fresh.push(p);
      continue;
    }
    const r = kg.relations.get(id)!;
    corroborations.push({
      relation: id,
      type: p.type,
      from: r.from,
      to: r.to,
      evidence: p.evidence,
      extractor: p.extractor,
      ...(r.status === 'extracted' ? { confidence: corroboratedConfidence(r.confidence, p.confidence) } : {}),
    });
  }
  return { fresh, corroborations };
}
