import type { ForeignGraph, ForeignNode, JsonValue } from '../import/foreign.js';
import { ImportInputError } from '../import/errors.js';
import { itemQid } from './read-terms.js';

interface Binding {
  type: string;
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}
interface SparqlResults {
  head: { vars: string[] };
  results: { bindings: Array<Record<string, Binding>> };
}

/** Whether a parsed JSON document is application/sparql-results+json. */
export function isSparqlResults(doc: unknown): doc is SparqlResults {
  const d = doc as SparqlResults;
  return typeof d === 'object' && d !== null && Array.isArray(d.head?.vars) && Array.isArray(d.results?.bindings);
}

/**
 * Reads SPARQL JSON results (a Wikidata Query Service answer): every variable `?x` bound to an IRI
 * with a `?xLabel` companion is a node (QID from a Wikidata IRI; `?xLabel`, `?xDescription`,
 * `?xAltLabel` give label, description and aliases); other variables become attributes of the first
 * such node. With two node variables, each result is also an edge between them. The service joins
 * aliases with ", " although an alias may itself contain ", ", so the joined text is kept as it
 * came (attribute `aliasesJoined`) and split on ", " only for the alias list; the loss report says so.
 * Rows repeating a node add their values to it (lists).
 */
export function readSparqlJson(file: string, doc: unknown): ForeignGraph {
  if (!isSparqlResults(doc)) throw new ImportInputError('is not SPARQL JSON results (no head.vars and results.bindings)', file, '$', 'IMPORT_PARSE');
  const vars = doc.head.vars;
  const nodeVars = vars.filter((v) => vars.includes(`${v}Label`));
  const companions = new Set(nodeVars.flatMap((v) => [`${v}Label`, `${v}Description`, `${v}AltLabel`]));
  const graph: ForeignGraph = { nodes: [], edges: [], losses: [] };
  const nodes = new Map<string, ForeignNode>();
  let joinedAliases = 0;
  doc.results.bindings.forEach((row, n) => {
    const locator = `result:${n}`;
    const ids: string[] = [];
    for (const v of nodeVars) {
      const b = row[v];
      if (!b) continue;
      let node = nodes.get(b.value);
      if (!node) {
        node = { id: b.value, attributes: {}, locator };
        const qid = itemQid(b.value);
        if (qid) node.attributes.wikidata = qid;
        if (row[`${v}Label`]) node.attributes.label = row[`${v}Label`]!.value;
        if (row[`${v}Description`]) node.attributes.description = row[`${v}Description`]!.value;
        const alt = row[`${v}AltLabel`]?.value;
        if (alt) {
          node.attributes.aliasesJoined = alt;
          node.attributes.aliases = alt.split(', ').filter(Boolean);
          if (alt.includes(', ')) joinedAliases++;
        }
        nodes.set(b.value, node);
      }
      ids.push(b.value);
    }
    const first = ids[0] ? nodes.get(ids[0])! : undefined;
    for (const v of vars) {
      if (nodeVars.includes(v) || companions.has(v) || !row[v]) continue;
      if (!first) {
        graph.losses.push({ place: locator, reason: `value of ?${v} has no node to belong to (no variable with a ?…Label companion)` });
        continue;
      }
      const prior = first.attributes[v];
      const value: JsonValue = row[v]!.value;
      if (prior === undefined) first.attributes[v] = value;
      else if (Array.isArray(prior)) { if (!prior.includes(value)) prior.push(value); }
      else if (prior !== value) first.attributes[v] = [prior, value];
    }
    if (ids.length === 2) graph.edges.push({ source: ids[0]!, target: ids[1]!, attributes: {}, locator });
  });
  if (joinedAliases > 0) {
    graph.losses.push({ place: 'aliases', reason: `the query service joins aliases with ", "; ${joinedAliases} alias list${joinedAliases === 1 ? ' was' : 's were'} split there, which cuts an alias that itself contains ", " (the joined text is kept in the attribute aliasesJoined)` });
  }
  graph.nodes.push(...nodes.values());
  return graph;
}
