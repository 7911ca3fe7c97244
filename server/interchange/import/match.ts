import { token_sort_ratio } from 'fuzzball';
import { foldText } from '../../model/ids.js';
import type { Entity } from '../../model/records.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';

/** The ingest linking rule for names: token-sort ratio ≥ 95 on folded text, with a lead of ≥ 10 over the runner-up entity. */
export const NAME_MATCH_MIN = 95;
export const NAME_MATCH_LEAD = 10;

export type MatchBy = 'id' | 'wikidata' | 'iso' | 'name';

/**
 * Finds the entity of the graph (or of this import) a foreign node is: same id, same Wikidata id,
 * same ISO code, or a name that resolves exactly or matches by the linking rule. Indices are built once.
 */
export class EntityMatcher {
  private readonly byWikidata = new Map<string, string>();
  private readonly byIso = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly names: Array<{ name: string; id: string }> = [];
  /** Blocking index over `names`: each folded token, and the first characters of the token-sorted name, to the names that have it. */
  private readonly blocks = new Map<string, number[]>();

  constructor(private readonly kg: KnowledgeGraph) {
    for (const id of kg.entityIds()) this.index(kg.entity(id)!, true);
  }

  /** Adds an entity (a new one of this import, so later nodes merge into it). */
  index(e: Entity, existing = false): void {
    if (e.wikidata) this.byWikidata.set(e.wikidata, e.id);
    if (e.iso2) this.byIso.set(e.iso2, e.id);
    if (e.iso3) this.byIso.set(e.iso3, e.id);
    for (const n of [e.label, ...e.aliases]) {
      const key = foldText(n);
      if (!this.byName.has(key)) this.byName.set(key, e.id);
      if (existing) {
        for (const b of blockKeys(key)) {
          const list = this.blocks.get(b);
          if (list) list.push(this.names.length);
          else this.blocks.set(b, [this.names.length]);
        }
        this.names.push({ name: key, id: e.id });
      }
    }
  }

  /** Who owns a name (exact, folded), if anyone. */
  nameOwner(name: string): string | undefined {
    return this.byName.get(foldText(name));
  }

  match(candidate: { id: string; wikidata?: string; iso2?: string; iso3?: string; label: string }): { id: string; by: MatchBy } | null {
    if (this.kg.entity(candidate.id)) return { id: candidate.id, by: 'id' };
    if (candidate.wikidata && this.byWikidata.has(candidate.wikidata)) return { id: this.byWikidata.get(candidate.wikidata)!, by: 'wikidata' };
    for (const code of [candidate.iso3, candidate.iso2]) if (code && this.byIso.has(code)) return { id: this.byIso.get(code)!, by: 'iso' };
    const exact = this.byName.get(foldText(candidate.label));
    if (exact) return { id: exact, by: 'name' };
    return this.fuzzy(foldText(candidate.label));
  }

  /**
   * The linking rule, scored only against names that share a block with this one (a token, or the
   * start of the token-sorted name): comparing every node with every name is quadratic, and a name
   * sharing neither cannot reach a token-sort ratio of 95 unless it is a one-token name misspelt in
   * its first characters.
   */
  private fuzzy(name: string): { id: string; by: MatchBy } | null {
    const best = new Map<string, number>();
    const candidates = new Set<number>();
    for (const b of blockKeys(name)) for (const i of this.blocks.get(b) ?? []) candidates.add(i);
    for (const i of candidates) {
      const n = this.names[i]!;
      const score = token_sort_ratio(name, n.name, { full_process: true });
      if (score > (best.get(n.id) ?? -1)) best.set(n.id, score);
    }
    const ranked = [...best].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (!first || first[1] < NAME_MATCH_MIN) return null;
    if (second && first[1] - second[1] < NAME_MATCH_LEAD) return null;
    return { id: first[0], by: 'name' };
  }
}

const PREFIX = 4;

/** Blocking keys of a folded name: its tokens and the first characters of its token-sorted form. */
function blockKeys(folded: string): string[] {
  const tokens = folded.split(/\s+/).filter(Boolean);
  return [...new Set([...tokens.map((t) => `t:${t}`), `p:${[...tokens].sort().join(' ').slice(0, PREFIX)}`])];
}
