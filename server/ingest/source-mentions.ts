import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Entity } from '../model/records.js';
import { matcherForGraph } from './graph-matcher.js';
import { findMentions } from './mentions.js';
import { splitSentences } from './sentences.js';
import type { Mention } from './types.js';

/** The mentions found per source, for one graph object at one version. */
const cache = new WeakMap<KnowledgeGraph, { version: number; bySource: Map<string, Mention[]> }>();

function* graphEntities(kg: KnowledgeGraph): Iterable<Entity> {
  for (const { attributes } of kg.graph.nodeEntries()) yield attributes;
}

/**
 * The mentions of a stored source's text as the ingest pipeline finds and links them now: its
 * sentence splitter and mention finder run over the whole text (not one quote: contextual metonyms
 * such as "Europe" for the EU and acronyms depend on the rest of the text) with the graph's kept
 * matcher. The surface text of a mention is known only at ingest time, so this finds it again.
 * Computed once per source and graph version; empty for an unknown source.
 */
export function sourceMentions(kg: KnowledgeGraph, sourceId: string): Mention[] {
  let entry = cache.get(kg);
  if (!entry || entry.version !== kg.version) cache.set(kg, (entry = { version: kg.version, bySource: new Map() }));
  let mentions = entry.bySource.get(sourceId);
  if (!mentions) {
    const text = kg.source(sourceId)?.text ?? '';
    mentions = text ? findMentions(text, splitSentences(text), { entities: graphEntities(kg) }, { sourceId, matcher: matcherForGraph(kg) }).mentions : [];
    entry.bySource.set(sourceId, mentions);
  }
  return mentions;
}
