import { slugify } from '../model/ids.js';
import type { GazetteerEntry } from './gazetteer/index.js';
import { foldName } from './normalize.js';
import type { ProposedEntity } from './types.js';

/**
 * The entities a text names that the graph lacks, one per gazetteer entry or per folded name, each
 * with an id (the slug of its label) unique against the graph's ids and the other proposals.
 */
export class ProposalBook {
  private readonly byOwner = new Map<string, ProposedEntity>();
  private readonly byId = new Map<string, ProposedEntity>();

  constructor(
    private readonly graphIds: Set<string>,
    private readonly sourceId?: string,
  ) {}

  private create(owner: string, proposal: Omit<ProposedEntity, 'id' | 'mentions'>): ProposedEntity {
    const base = slugify(proposal.label);
    let id = base;
    for (let n = 2; this.graphIds.has(id) || this.byId.has(id); n++) id = `${base}-${n}`;
    const created: ProposedEntity = { id, ...proposal, mentions: 0 };
    this.byId.set(id, created);
    if (!created.description && this.sourceId) created.description = `Named in source ${this.sourceId}.`;
    this.byOwner.set(owner, created);
    return created;
  }

  /** The proposal for a gazetteer entry the graph does not hold (origin 'gazetteer', with its ids and description). */
  gazetteer(entry: GazetteerEntry): ProposedEntity {
    const owner = `gazetteer:${entry.key}`;
    const known = this.byOwner.get(owner);
    if (known) return known;
    const proposal: Omit<ProposedEntity, 'id' | 'mentions'> = { label: entry.label, kind: entry.kind, aliases: entry.names.filter((n) => n !== entry.label), origin: 'gazetteer' };
    if (entry.description) proposal.description = entry.description;
    if (entry.wikidata) proposal.wikidata = entry.wikidata;
    if (entry.iso2) proposal.iso2 = entry.iso2;
    if (entry.iso3) proposal.iso3 = entry.iso3;
    return this.create(owner, proposal);
  }

  /** The proposal for a proper noun that matches nothing (origin 'proper-noun'); the first spelling is its label. */
  properNoun(name: string, kind: string): ProposedEntity {
    const owner = `name:${foldName(name)}`;
    return this.byOwner.get(owner) ?? this.create(owner, { label: name, kind, aliases: [], origin: 'proper-noun' });
  }

  /** Counts a mention of a proposal; a new spelling of its name (not a demonym or capital, and not the same name in another case) becomes an alias. */
  mentioned(proposal: ProposedEntity, written: string, isName: boolean): void {
    proposal.mentions++;
    const folded = foldName(written);
    if (isName && ![proposal.label, ...proposal.aliases].some((n) => foldName(n) === folded)) proposal.aliases.push(written);
  }

  /** The proposal with this id, if one was made. */
  withId(id: string): ProposedEntity | undefined {
    return this.byId.get(id);
  }

  list(): ProposedEntity[] {
    return [...this.byOwner.values()].filter((p) => p.mentions > 0);
  }
}
