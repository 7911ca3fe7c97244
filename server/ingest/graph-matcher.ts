import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Entity } from '../model/records.js';
import { NameMatcher } from './matcher.js';

/** A graph's name matcher, the entity records it was last brought up to date with, and the ids changed since. */
interface Synced {
  matcher: NameMatcher;
  known: Map<string, Entity>;
  /** Ids of nodes added, dropped or given new attributes since the last sync; 'all' after a bulk change. */
  dirty: Set<string> | 'all';
}

const synced = new WeakMap<KnowledgeGraph, Synced>();

/** True when two records of an entity give the same names: kind, label, aliases, Wikidata id and ISO codes. */
function sameNames(a: Entity, b: Entity): boolean {
  return (
    a.kind === b.kind &&
    a.label === b.label &&
    a.wikidata === b.wikidata &&
    a.iso2 === b.iso2 &&
    a.iso3 === b.iso3 &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}

/** Starts a matcher for the graph and has the graph's node events note which entities change from then on. */
function start(kg: KnowledgeGraph): Synced {
  const known = new Map<string, Entity>();
  kg.graph.forEachNode((id, e) => void known.set(id, e));
  const state: Synced = { matcher: new NameMatcher({ entities: known.values() }), known, dirty: new Set() };
  const touched = ({ key }: { key: string }) => {
    if (state.dirty !== 'all') state.dirty.add(key);
  };
  const everything = () => void (state.dirty = 'all');
  kg.graph.on('nodeAdded', touched);
  kg.graph.on('nodeDropped', touched);
  kg.graph.on('nodeAttributesUpdated', touched);
  kg.graph.on('cleared', everything);
  kg.graph.on('eachNodeAttributesUpdated', everything);
  synced.set(kg, state);
  return state;
}

/** Brings `state.known` up to date with the graph for `ids`, and returns the entities whose names changed and the ids removed. */
function changes(kg: KnowledgeGraph, state: Synced, ids: Iterable<string>): { put: Entity[]; removed: string[] } {
  const put: Entity[] = [];
  const removed: string[] = [];
  for (const id of ids) {
    const had = state.known.get(id);
    const now = kg.graph.hasNode(id) ? kg.graph.getNodeAttributes(id) : undefined;
    if (now === had) continue;
    if (now === undefined) {
      state.known.delete(id);
      removed.push(id);
      continue;
    }
    state.known.set(id, now);
    if (!had || !sameNames(had, now)) put.push(now);
  }
  return { put, removed };
}

/**
 * The name matcher for a graph, built once and then kept up to date change by change: the graph's
 * node events say which entities were added, dropped or given a new record since the last call, and
 * only those whose names changed go to NameMatcher.update. A new graph object (a reload) gets a new
 * matcher.
 */
export function matcherForGraph(kg: KnowledgeGraph): NameMatcher {
  const state = synced.get(kg);
  if (!state) return start(kg).matcher;
  if (state.dirty !== 'all' && state.dirty.size === 0) return state.matcher;
  const ids = state.dirty === 'all' ? new Set([...state.known.keys(), ...kg.graph.nodes()]) : state.dirty;
  state.dirty = new Set();
  const { put, removed } = changes(kg, state, ids);
  if (put.length > 0 || removed.length > 0) state.matcher.update(put, removed);
  return state.matcher;
}
