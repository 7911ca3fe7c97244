/**
 * The IRIs Corridor's RDF export uses, in one place. Corridor's own things live under one base IRI
 * (change CORRIDOR_BASE to publish them elsewhere):
 *   <base>entity/<id>            an entity              <base>source/<id>        a source
 *   <base>statement/<id>         a relation, as a statement node (Wikidata's model)
 *   <base>reference/<id>/<n>     the n-th evidence item of a relation, as a reference node
 *   <base>vocab#                 classes (entity kinds: corridor:Country …) and terms (corridor:confidence …)
 *   <base>prop/direct/<type>     a relation type without a Wikidata property, plain view (like wdt:)
 *   <base>prop/<type>            … from subject to statement node (like p:)
 *   <base>prop/statement/<type>  … from statement node to value (like ps:)
 *   <base>property/<key>         a kept foreign attribute (`properties`) of an imported record
 *   <base>dataset                the export itself (filter, offset unit)
 */
export const CORRIDOR_BASE = 'https://corridor.example/';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'http://schema.org/',
  wikibase: 'http://wikiba.se/ontology#',
  wd: 'http://www.wikidata.org/entity/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  p: 'http://www.wikidata.org/prop/',
  ps: 'http://www.wikidata.org/prop/statement/',
  pq: 'http://www.wikidata.org/prop/qualifier/',
  pr: 'http://www.wikidata.org/prop/reference/',
  corridor: `${CORRIDOR_BASE}vocab#`,
  entity: `${CORRIDOR_BASE}entity/`,
  source: `${CORRIDOR_BASE}source/`,
  statement: `${CORRIDOR_BASE}statement/`,
  reference: `${CORRIDOR_BASE}reference/`,
  cdt: `${CORRIDOR_BASE}prop/direct/`,
  cp: `${CORRIDOR_BASE}prop/`,
  cps: `${CORRIDOR_BASE}prop/statement/`,
  cprop: `${CORRIDOR_BASE}property/`,
} as const;

export const DATASET_IRI = `${CORRIDOR_BASE}dataset`;

/** Wikidata properties used as qualifiers and references. */
export const WD = { startTime: 'P580', endTime: 'P582', pointInTime: 'P585', statedIn: 'P248', referenceUrl: 'P854', quotation: 'P1683' } as const;

/**
 * Status as Wikidata rank. Wikidata's preferred rank means "the current best of several values",
 * not "checked", so reviewed and extracted relations are both NormalRank and their status is kept in
 * corridor:status; rejected relations are DeprecatedRank (and, as in Wikidata's truthy view, get no
 * plain wdt:/cdt: triple).
 */
export const RANK_OF_STATUS = { reviewed: 'NormalRank', extracted: 'NormalRank', rejected: 'DeprecatedRank' } as const;
