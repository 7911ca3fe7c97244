import { sha256 } from '../model/dataset.js';
import { slugify } from '../model/ids.js';
import { SourceMeta, type Entity, type Source } from '../model/records.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Change } from '../store/changes.js';
import { candidatesInSentence, type Proposal } from './candidates.js';
import { dedupeProposals, splitByExisting } from './dedupe.js';
import { IngestError } from './errors.js';
import { matcherForGraph } from './graph-matcher.js';
import { findMentions } from './mentions.js';
import { compilePatterns } from './patterns.js';
import { buildReport, type IngestReport } from './report.js';
import { splitSentences } from './sentences.js';
import type { Candidate, Corroboration, Mention, ProposedEntity, Sentence, Skipped } from './types.js';

export type { IngestReport } from './report.js';

/** What the caller knows about a text; `title` is required, the rest is optional metadata of the source. */
export interface IngestMeta {
  id?: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
  language?: string;
  retrieved?: string;
  description?: string;
}

/**
 * Runs the whole pipeline on one text — sentences, mentions and linking, relation candidates,
 * dedupe and corroboration — and returns the report and the changes that commit it (in order: the
 * source, the proposed entities candidates use, the new relations as `extracted`, evidence added to
 * relations already in the graph). Pure: reads the graph, writes nothing.
 * Throws IngestError for empty text (EMPTY_TEXT), a text the graph already holds (DUPLICATE_SOURCE)
 * and invalid metadata (BAD_METADATA).
 */
export function ingestText(kg: KnowledgeGraph, text: string, meta: IngestMeta): { report: IngestReport; changes: Change[] } {
  if (text.trim().length === 0) throw new IngestError('EMPTY_TEXT', 'the text is empty: there is nothing to ingest', 'text');
  const digest = sha256(text);
  const twin = [...kg.sources.values()].find((s) => digestOf(s) === digest);
  if (twin) throw new IngestError('DUPLICATE_SOURCE', `this text is already in the graph as source "${twin.id}"`, 'text');
  const source = sourceMeta(kg, meta, digest);

  const sentences = splitSentences(text);
  const { mentions, proposed } = findMentions(text, sentences, { entities: graphEntities(kg) }, { sourceId: source.id, matcher: matcherForGraph(kg) });
  const proposedById = new Map(proposed.map((p) => [p.id, p]));
  const kindOf = (id: string) => kg.entity(id)?.kind ?? proposedById.get(id)?.kind;
  const symmetric = (type: string) => kg.vocabulary.types.get(type)?.symmetric ?? false;

  const ctx = { text, sourceId: source.id, patterns: compilePatterns(kg.vocabulary.vocabulary), kindOf };
  const proposals: Proposal[] = [];
  const skipped: Skipped[] = [];
  const bySentence = groupBySentence(mentions);
  for (const s of sentences) {
    const out = candidatesInSentence(s, bySentence.get(s.index) ?? [], ctx, bySentence.get(s.index - 1) ?? []);
    proposals.push(...out.proposals);
    skipped.push(...out.skipped);
  }
  const deduped = dedupeProposals(proposals, symmetric, sentenceFinder(sentences));
  skipped.push(...deduped.skipped);
  const { fresh, corroborations } = splitByExisting(kg, deduped.kept, symmetric);
  const candidates = withIds(kg, fresh);

  const report = buildReport({
    source: { id: source.id, title: source.title, sha256: digest, chars: text.length, words: text.split(/\s+/).filter(Boolean).length, sentences: sentences.length },
    mentions,
    proposedEntities: proposed,
    candidates,
    corroborations,
    skipped,
  });
  return { report, changes: changesFor(kg, source, text, proposed, report.candidates, corroborations) };
}

/** SHA-256 of each source's text, computed once per source object (the recorded digest when there is one). */
const digests = new WeakMap<Source, string>();
function digestOf(s: Source): string {
  let d = digests.get(s);
  if (d === undefined) digests.set(s, (d = s.sha256 ?? sha256(s.text)));
  return d;
}

/** The new source's metadata, validated by the same schema as source files; its id is derived from the title unless given. */
function sourceMeta(kg: KnowledgeGraph, meta: IngestMeta, digest: string): SourceMeta {
  const id = meta.id ?? uniqueId(slugify(meta.title ?? ''), (c) => kg.sources.has(c));
  if (kg.sources.has(id)) throw new IngestError('BAD_METADATA', `source id "${id}" is already used`, 'id');
  const { id: _given, ...rest } = meta;
  const parsed = SourceMeta.safeParse({ id, kind: 'article', ...rest, language: meta.language ?? 'en', sha256: digest });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'metadata');
    const message = issue.code === 'unrecognized_keys' ? `unknown metadata field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : `metadata field "${field}": ${issue.message}`;
    throw new IngestError('BAD_METADATA', message, issue.code === 'unrecognized_keys' ? issue.keys[0]! : field);
  }
  return parsed.data;
}

/** The graph's entity records, read lazily (the matcher is kept up to date by matcherForGraph). */
function* graphEntities(kg: KnowledgeGraph): Iterable<Entity> {
  for (const { attributes } of kg.graph.nodeEntries()) yield attributes;
}

function groupBySentence(mentions: Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/** The sentence holding a text offset (binary search over sentences in text order). */
function sentenceFinder(sentences: Sentence[]): (offset: number) => Sentence {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]!;
  };
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** Explicit relation ids (the store's default form, slug of "from type to", made unique), so the report's ids are what gets committed. */
function withIds(kg: KnowledgeGraph, proposals: Proposal[]): Candidate[] {
  const given = new Set<string>();
  return proposals.map((p) => {
    const id = uniqueId(slugify(`${p.from} ${p.type} ${p.to}`), (c) => given.has(c) || kg.graph.hasEdge(c));
    given.add(id);
    return { id, ...p };
  });
}

function changesFor(kg: KnowledgeGraph, source: SourceMeta, text: string, proposed: ProposedEntity[], candidates: Candidate[], corroborations: Corroboration[]): Change[] {
  const { sha256: _digest, ...sourceInput } = source;
  const changes: Change[] = [{ op: 'createSource', input: { ...sourceInput, text } }];
  const used = new Set(candidates.flatMap((c) => [c.from, c.to]));
  for (const p of proposed) {
    if (!used.has(p.id)) continue;
    const aliases = [...new Set(p.aliases)].filter((a) => a !== p.label);
    const optional = { description: p.description, wikidata: p.wikidata, iso2: p.iso2, iso3: p.iso3 };
    const present = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
    changes.push({ op: 'createEntity', input: { id: p.id, kind: p.kind, label: p.label, aliases, ...present, status: 'proposed' } });
  }
  for (const c of candidates) {
    const { evidence, extractor, id, type, from, to, confidence, hedge, pointInTime, start, end } = c;
    const time = Object.fromEntries(Object.entries({ hedge, pointInTime, start, end }).filter(([, v]) => v !== undefined));
    changes.push({ op: 'createRelation', input: { id, type, from, to, status: 'extracted', confidence, ...time, evidence: [{ ...evidence, extractor }] } });
  }
  for (const c of corroborations) {
    const prior = kg.relations.get(c.relation)!;
    const patch = { evidence: [...prior.evidence, { ...c.evidence, extractor: c.extractor }], ...(c.confidence !== undefined ? { confidence: c.confidence } : {}) };
    changes.push({ op: 'updateRelation', id: c.relation, patch });
  }
  return changes;
}
