/**
 * The data that flows between the ingest stages:
 * sentences with offsets -> mentions -> entity linking -> relation candidates -> dedupe -> report.
 * All offsets are UTF-16 code units into the source text (as JavaScript counts; text.slice(start, end)).
 */

/** One sentence of the source text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** How a mention was tied to an entity. */
export type LinkMethod = 'label' | 'alias' | 'iso' | 'gazetteer' | 'demonym' | 'capital' | 'metonym' | 'acronym' | 'coreference' | 'fuzzy' | 'proper-noun';

/** A choice offered for a mention the linker could not decide on. */
export interface LinkChoice {
  id: string;
  label: string;
  /** Token-sort ratio on folded text, 0..100. */
  score: number;
}

/** A span of the text that names an entity (or might). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Index of the sentence it lies in. */
  sentence: number;
  /** The linked entity: an id in the graph, or the id of a proposed entity. Absent when ambiguous. */
  entity?: string;
  /** True when `entity` is a proposal (not in the graph yet). */
  proposed?: boolean;
  how: LinkMethod;
  /** Linking confidence, 0..1 (metonyms such as capitals and demonyms score lower). */
  confidence: number;
  /** Set when the mention was not linked: the top three candidates (and "new" is always an option). */
  choices?: LinkChoice[];
}

/** An entity the text names that the graph does not hold yet. */
export interface ProposedEntity {
  id: string;
  label: string;
  kind: string;
  aliases: string[];
  description?: string;
  wikidata?: string;
  iso2?: string;
  iso3?: string;
  /** gazetteer: a known country or organisation missing from the graph; proper-noun: an unknown name. */
  origin: 'gazetteer' | 'proper-noun';
  /** How many mentions name it. */
  mentions: number;
}

/** Which program and rule proposed a relation. */
export interface Extractor {
  name: string;
  version: string;
  rule: string;
}

/** The quote behind a candidate, with a few words either side so it can be re-anchored if the text moves. */
export interface CandidateEvidence {
  source: string;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** A relation the pipeline proposes. */
export interface Candidate {
  /** The id the relation will get when committed. */
  id: string;
  type: string;
  from: string;
  to: string;
  /** The rule's measured precision on the gold sets, adjusted by linking confidence. */
  confidence: number;
  hedge?: string;
  pointInTime?: string;
  start?: string;
  end?: string;
  evidence: CandidateEvidence;
  extractor: Extractor;
}

/** A candidate that states a relation the graph already holds: its evidence is added there instead. */
export interface Corroboration {
  relation: string;
  type: string;
  from: string;
  to: string;
  evidence: CandidateEvidence;
  extractor: Extractor;
  /** The relation's confidence after this source is counted (noisy-OR); set for extracted relations only, reviewed ones keep theirs. */
  confidence?: number;
}

export type SkipReason = 'negated' | 'no-pattern' | 'ambiguous-mention' | 'duplicate' | 'self-loop' | 'kind-mismatch';

/** Something the pipeline saw and did not turn into a candidate, and why. */
export interface Skipped {
  reason: SkipReason;
  sentence: { index: number; start: number; end: number; text: string };
  detail: string;
  /** For an ambiguous mention: its choices. */
  choices?: LinkChoice[];
}
