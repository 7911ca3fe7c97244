import type { Entity } from '../model/records.js';
import type { GazetteerNames } from './gazetteer-names.js';
import { ALIAS_CONFIDENCE, graphEntityFor, ISO_CONFIDENCE, LABEL_CONFIDENCE } from './linking.js';
import { caseRuleOf, holdsTarget, ISO2_STOP, ISO3_STOP, type NameTarget } from './name-target.js';
import { foldName } from './normalize.js';

/** Key -> the ids that have it, for the graph's Wikidata ids, ISO codes and folded names. */
class IdsByKey {
  private readonly map = new Map<string, Set<string>>();
  add(key: string, id: string): void {
    let ids = this.map.get(key);
    if (!ids) this.map.set(key, (ids = new Set()));
    ids.add(id);
  }
  delete(key: string, id: string): void {
    const ids = this.map.get(key);
    if (ids?.delete(id) && ids.size === 0) this.map.delete(key);
  }
  get(key: string): ReadonlySet<string> | undefined {
    return this.map.get(key);
  }
  /** The first id in code-unit order, so a key several entities share resolves the same however they were added. */
  first(key: string): string | undefined {
    let best: string | undefined;
    for (const id of this.map.get(key) ?? []) if (best === undefined || id < best) best = id;
    return best;
  }
}

/** What one graph entity puts into the table, remembered so it can be taken out again. */
interface Contribution {
  /** The folded names it put targets under. */
  patterns: string[];
  names: string[];
  wikidata?: string;
  codes: string[];
}

/**
 * The live name dictionary: folded name -> every graph entity and gazetteer entry it may mean. Graph
 * entities are put and removed one at a time; the gazetteer's part is fixed and links to the graph
 * through `gazetteerLinks`, recomputed by relink(). A name's targets come in a canonical order —
 * graph entities by id (each in label, alias, code order), then the gazetteer's — so the table is
 * the same whatever order its entities were put in.
 */
export class NameTable {
  readonly graphIds = new Set<string>();
  /** Graph entity id -> its kind. */
  readonly kinds = new Map<string, string>();
  /** Gazetteer key -> the graph entity it is, when the graph holds it. */
  readonly gazetteerLinks = new Map<string, string | undefined>();
  private readonly graphTargets = new Map<string, NameTarget[]>();
  private readonly contributions = new Map<string, Contribution>();
  private readonly byWikidata = new IdsByKey();
  private readonly byIso = new IdsByKey();
  private readonly byName = new IdsByKey();
  /** Gazetteer entries whose link the puts and removes since the last relink() may have changed; null: all of them. */
  private stale: Set<string> | null = null;

  constructor(readonly names: GazetteerNames) {}

  /** Adds an entity, or replaces what an entity of the same id put in; returns the folded names it now has. */
  put(e: Entity): string[] {
    this.remove(e.id);
    this.graphIds.add(e.id);
    this.kinds.set(e.id, e.kind);
    // Folded name -> this entity's targets for it, in order: label, aliases, alpha-3, alpha-2.
    const own = new Map<string, NameTarget[]>();
    const add = (form: string, how: NameTarget['how'], confidence: number) => {
      const pattern = foldName(form);
      if (pattern === '') return;
      const list = own.get(pattern) ?? [];
      const target: NameTarget = { entity: e.id, how, confidence, caseRule: caseRuleOf(form, e.kind), form, kind: e.kind };
      if (!holdsTarget(list, target)) list.push(target);
      own.set(pattern, list);
    };
    add(e.label, 'label', LABEL_CONFIDENCE);
    for (const alias of e.aliases) add(alias, 'alias', ALIAS_CONFIDENCE);
    if (e.iso3 && !ISO3_STOP.has(e.iso3)) add(e.iso3, 'iso', ISO_CONFIDENCE);
    if (e.iso2 && !ISO2_STOP.has(e.iso2)) add(e.iso2, 'iso', ISO_CONFIDENCE);
    for (const [pattern, targets] of own) this.insertInOrder(pattern, targets);
    const c: Contribution = { patterns: [...own.keys()], names: [...new Set([e.label, ...e.aliases])].map(foldName), codes: [e.iso2, e.iso3].filter((x): x is string => !!x) };
    if (e.wikidata) c.wikidata = e.wikidata;
    for (const name of c.names) this.byName.add(name, e.id);
    for (const code of c.codes) this.byIso.add(code, e.id);
    if (c.wikidata) this.byWikidata.add(c.wikidata, e.id);
    this.contributions.set(e.id, c);
    this.markStale(c);
    return c.patterns;
  }

  /** Takes out everything an entity put in (nothing when it is not in the table). */
  remove(id: string): void {
    const c = this.contributions.get(id);
    if (!c) return;
    for (const pattern of c.patterns) {
      const rest = this.graphTargets.get(pattern)!.filter((t) => t.entity !== id);
      if (rest.length > 0) this.graphTargets.set(pattern, rest);
      else this.graphTargets.delete(pattern);
    }
    for (const name of c.names) this.byName.delete(name, id);
    for (const code of c.codes) this.byIso.delete(code, id);
    if (c.wikidata) this.byWikidata.delete(c.wikidata, id);
    this.contributions.delete(id);
    this.markStale(c);
    this.graphIds.delete(id);
    this.kinds.delete(id);
  }

  /** Notes the gazetteer entries sharing a Wikidata id, code or name with an entity put or removed. */
  private markStale(c: Contribution): void {
    if (!this.stale) return;
    for (const handle of [c.wikidata, ...c.codes, ...c.names]) for (const key of (handle && this.names.entriesWith.get(handle)) || []) this.stale.add(key);
  }

  /** Links each gazetteer entry the puts and removes since the last call may concern (all, the first time) to the graph entity it is now. */
  relink(): void {
    const entries = this.names.gazetteer.entries;
    for (const entry of this.stale ? [...this.stale].map((key) => entries.get(key)!) : entries.values()) {
      const linked = graphEntityFor(entry, this.names.foldedNames.get(entry.key)!, {
        wikidata: (q) => this.byWikidata.first(q),
        iso: (code) => this.byIso.first(code),
        named: (folded) => this.byName.get(folded),
      });
      this.gazetteerLinks.set(entry.key, linked);
    }
    this.stale = new Set();
  }

  /** Every folded name in the table. */
  *patterns(): Iterable<string> {
    yield* this.graphTargets.keys();
    for (const pattern of this.names.targets.keys()) if (!this.graphTargets.has(pattern)) yield pattern;
  }

  /** What a folded name may mean: graph entities' targets, then gazetteer targets with the graph entity each entry is now. */
  targets(pattern: string): NameTarget[] {
    const graph = this.graphTargets.get(pattern) ?? [];
    const gazetteer = this.names.targets.get(pattern);
    if (!gazetteer) return graph;
    return [...graph, ...gazetteer.map((t) => this.linked(t))];
  }

  /** A gazetteer target with the graph entity its entry is, when the graph holds it. */
  private linked(t: NameTarget): NameTarget {
    const entity = this.gazetteerLinks.get(t.gazetteer!);
    return entity ? { entity, ...t } : t;
  }

  /** Inserts one entity's targets for a name among the other entities' ones, keeping them in id order. */
  private insertInOrder(pattern: string, targets: NameTarget[]): void {
    const list = this.graphTargets.get(pattern);
    if (!list) {
      this.graphTargets.set(pattern, targets);
      return;
    }
    const id = targets[0]!.entity!;
    let at = list.length;
    while (at > 0 && list[at - 1]!.entity! > id) at--;
    list.splice(at, 0, ...targets);
  }
}
