import { Writer, type Quad, type Term } from 'n3';

const writer = new Writer({ format: 'N-Triples' });

/** A triple as one N-Triples line without the final " .": the body of a `triple:` locator. */
export function tripleKey(q: Quad): string {
  return writer.quadToString(q.subject, q.predicate, q.object).replace(/ \.\n?$/, '');
}

/** Kinds of Wikibase predicates, host-agnostic (Wikidata's and test hosts' alike). */
export type WikibasePredicate = { ns: 'wdt' | 'p' | 'ps' | 'pq' | 'pr' | 'other'; property?: string };

export function wikibasePredicate(iri: string): WikibasePredicate {
  const m = /\/prop\/(direct|statement|qualifier|reference)?\/?(P\d+)$/.exec(iri);
  if (!m) return { ns: 'other' };
  const ns = ({ direct: 'wdt', statement: 'ps', qualifier: 'pq', reference: 'pr' } as const)[m[1] as 'direct'] ?? 'p';
  return { ns, property: m[2] };
}

/** The QID of a Wikibase item IRI ("http://www.wikidata.org/entity/Q232" -> "Q232"), or null. */
export function itemQid(term: Term | string): string | null {
  const iri = typeof term === 'string' ? term : term.termType === 'NamedNode' ? term.value : '';
  return /\/(?:entity\/)?(Q\d+)$/.exec(iri)?.[1] ?? null;
}

export const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
export const SKOS_PREF = 'http://www.w3.org/2004/02/skos/core#prefLabel';
export const SKOS_ALT = 'http://www.w3.org/2004/02/skos/core#altLabel';
export const SCHEMA_DESCRIPTION = 'http://schema.org/description';
export const SCHEMA_NAME = 'http://schema.org/name';
export const OWL_SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';
export const WIKIBASE = 'http://wikiba.se/ontology#';
export const PROV_DERIVED = 'http://www.w3.org/ns/prov#wasDerivedFrom';
