import type { Candidate, Corroboration, Mention, ProposedEntity, Skipped } from './types.js';

/** What one text yields: the source, its mentions, proposals, candidates, corroborations and skips. */
export interface IngestReport {
  source: { id: string; title: string; sha256: string; chars: number; words: number; sentences: number };
  mentions: Mention[];
  proposedEntities: ProposedEntity[];
  candidates: Candidate[];
  corroborations: Corroboration[];
  skipped: Skipped[];
  counts: {
    mentions: number;
    /** Mentions tied to an entity: one in the graph or a proposed one. */
    linked: number;
    /** Mentions the linker could not decide on (listed with their choices). */
    ambiguous: number;
    proposedEntities: number;
    candidates: number;
    corroborations: number;
    skipped: number;
  };
}

/** Assembles the report; candidates highest confidence first (the review order), skips in text order. */
export function buildReport(parts: Omit<IngestReport, 'counts'>): IngestReport {
  const candidates = [...parts.candidates].sort((a, b) => b.confidence - a.confidence || a.evidence.start - b.evidence.start);
  const skipped = [...parts.skipped].sort((a, b) => a.sentence.start - b.sentence.start);
  const linked = parts.mentions.filter((m) => m.entity !== undefined).length;
  return {
    ...parts,
    candidates,
    skipped,
    counts: {
      mentions: parts.mentions.length,
      linked,
      ambiguous: parts.mentions.length - linked,
      proposedEntities: parts.proposedEntities.length,
      candidates: candidates.length,
      corroborations: parts.corroborations.length,
      skipped: skipped.length,
    },
  };
}
