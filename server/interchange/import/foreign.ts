import type { FlatEvidence } from '../export/records.js';

/**
 * What every reader produces from a foreign file: nodes and edges with their attributes as the file
 * names and types them, each with the locator of its record, plus what the reader could not read.
 * The mapper (build.ts) turns this into Corridor entities and relations; readers know nothing of the
 * vocabulary.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A node of the foreign graph. */
export interface ForeignNode {
  /** Its id in the file. */
  id: string;
  /** Attributes by name (GEXF attribute title, GraphML attr.name, CSV header, JSON key), typed as the file types them. */
  attributes: Record<string, JsonValue>;
  /** Kinds the format itself gives (Neo4j :LABEL, rdf:type); others come from a mapped attribute. */
  kinds?: string[];
  /** Where the record is (see server/model/locators.ts). */
  locator: string;
  /** Attributes the file itself marks as kept foreign attributes (a Corridor export's property columns): never mapped to fields. */
  properties?: Record<string, JsonValue>;
  /** An entity status the file states (a Corridor export's "proposed"). */
  status?: 'proposed';
}

/** A time the format itself gives an edge (GEXF spells and timestamps, intervals of a CSV timeset). */
export interface ForeignTime {
  start?: string;
  end?: string;
  /** The time as written in the file, kept in properties when it is more than a date. */
  raw: JsonValue;
}

/** An edge of the foreign graph. */
export interface ForeignEdge {
  id?: string;
  source: string;
  target: string;
  /** The type the format itself gives (Neo4j :TYPE, an RDF predicate); others come from a mapped attribute. */
  type?: string;
  attributes: Record<string, JsonValue>;
  time?: ForeignTime;
  locator: string;
  /** See ForeignNode.properties. */
  properties?: Record<string, JsonValue>;
  /** Evidence the file states for the edge (a Corridor export's `evidence`): re-anchored in the graph where its sources are. */
  evidence?: FlatEvidence[];
}

/** A record (or part of one) that was not imported, and why. */
export interface ImportLoss {
  place: string;
  reason: string;
}

/** A whole foreign file as read. */
export interface ForeignGraph {
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  losses: ImportLoss[];
  /** Edges may name nodes the file does not list (an edge table); they become nodes named by their ids. */
  endpointsAreNodes?: boolean;
  /** Evidence a separate table states for edges, by edge id (a Corridor CSV export's evidence.csv). */
  evidenceByEdge?: Map<string, FlatEvidence[]>;
}
