import type { GraphQLResolveInfo } from 'graphql';
import type { Entity as EntityModel, Relation as RelationModel, Evidence as EvidenceModel, Source as SourceModel } from '../../model/records.js';
import type { ImportReport as ImportReportModel } from '../../interchange/import/run.js';
import type { EntityKind as EntityKindModel, RelationType as RelationTypeModel } from '../../model/vocabulary.js';
import type { MetricsParent as MetricsParentModel, PathParent as PathParentModel, HopParent as HopParentModel, SubgraphParent as SubgraphParentModel, SearchHitParent as SearchHitParentModel, ConnectionParent as ConnectionParentModel, EdgeParent as EdgeParentModel, StatsParent as StatsParentModel } from '../models.js';
import type { VocabularyIndex as VocabularyIndexModel } from '../../model/rules.js';
import type { DataStatus as DataStatusModel, CommitEvent as CommitEventModel } from '../../store/graph-store.js';
import type { ChangeResult as ChangeResultModel } from '../../store/changes.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What a batch did. */
export type ApplyChangesResult = {
  __typename?: 'ApplyChangesResult';
  /** What each change did, in order. */
  results: Array<ChangeRecord>;
  /**
   * PostgreSQL: the change-log seq of this commit. Send it as the `x-corridor-min-seq` header (or the
   * URL parameter `/graphql?minSeq=…`) to any server of the cluster to read your write there. Null with
   * the data folder, where every read after the answer sees the write.
   */
  seq?: Maybe<Scalars['Int']['output']>;
  /** Graph version after the batch. */
  version: Scalars['Int']['output'];
};

/** Who changed a record and when. */
export type Audit = {
  __typename?: 'Audit';
  /** When (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** Name of the token that made the change. */
  by: Scalars['String']['output'];
};

/** A quote behind a candidate. */
export type CandidateEvidence = {
  __typename?: 'CandidateEvidence';
  /** Offset after its last character. */
  end: Scalars['Int']['output'];
  /** A few characters before it. */
  prefix: Scalars['String']['output'];
  /** The exact text. */
  quote: Scalars['String']['output'];
  /** Source id. */
  source: Scalars['ID']['output'];
  /** Offset of its first character (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** A few characters after it. */
  suffix: Scalars['String']['output'];
};

/** A committed change, as the subscription delivers it. */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** When it was committed. */
  at: Scalars['String']['output'];
  /** Name of the token that wrote it, or "file edit". */
  by: Scalars['String']['output'];
  /** What each change did. */
  changes: Array<ChangeRecord>;
  /** Resume position: subscribe with `changes(after: id)` to continue after this event. */
  id: Scalars['ID']['output'];
  /** COMMIT (a write through the API) or RELOAD (a hand edit of the files was loaded). */
  kind: Scalars['String']['output'];
  /** PostgreSQL: the change-log seq of the commit (the same on every server); null with files. */
  seq?: Maybe<Scalars['Int']['output']>;
  /** Graph version after it. */
  version: Scalars['Int']['output'];
};

/** One change of a batch: set exactly one field. */
export type ChangeInput = {
  /** Create an entity. */
  createEntity?: InputMaybe<CreateEntityInput>;
  /** Create a relation. */
  createRelation?: InputMaybe<CreateRelationInput>;
  /** Create a source. */
  createSource?: InputMaybe<CreateSourceInput>;
  /** Delete an entity. */
  deleteEntity?: InputMaybe<DeleteEntityChange>;
  /** Delete a relation. */
  deleteRelation?: InputMaybe<DeleteRelationChange>;
  /** Review a relation. */
  reviewRelation?: InputMaybe<ReviewRelationChange>;
  /** Change an entity. */
  updateEntity?: InputMaybe<UpdateEntityChange>;
  /** Change a relation. */
  updateRelation?: InputMaybe<UpdateRelationChange>;
};

/** One change as committed. */
export type ChangeRecord = {
  __typename?: 'ChangeRecord';
  /** Relations deleted. */
  deletedRelationIds: Array<Scalars['ID']['output']>;
  /** Entities affected (created, changed, deleted, or at either end of a changed relation). */
  entityIds: Array<Scalars['ID']['output']>;
  /** Id of the record created, changed or deleted. */
  id: Scalars['ID']['output'];
  /** Operation: createEntity, updateEntity, deleteEntity, createRelation, updateRelation, reviewRelation, deleteRelation, createSource. */
  op: Scalars['String']['output'];
  /** Relations affected. */
  relationIds: Array<Scalars['ID']['output']>;
  /** Sources affected. */
  sourceIds: Array<Scalars['ID']['output']>;
};

/** New evidence for a relation the graph holds. */
export type Corroboration = {
  __typename?: 'Corroboration';
  /** The new quote. */
  evidence: CandidateEvidence;
  /** The rule that fired. */
  extractor: Extractor;
  /** Its subject. */
  from: Scalars['ID']['output'];
  /** The existing relation's id. */
  relation: Scalars['ID']['output'];
  /** Its object. */
  to: Scalars['ID']['output'];
  /** Its type. */
  type: Scalars['String']['output'];
};

/** A count of one key. */
export type Count = {
  __typename?: 'Count';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind, type, status or source id. */
  key: Scalars['String']['output'];
};

/** An entity to create. */
export type CreateEntityInput = {
  /** Other names; each must not name another entity. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One-sentence description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id (lowercase words joined by hyphens); derived from the label when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 code. */
  iso2?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 code. */
  iso3?: InputMaybe<Scalars['String']['input']>;
  /** Kind, one of `vocabulary.entityKinds`. */
  kind: Scalars['String']['input'];
  /** Display name. */
  label: Scalars['String']['input'];
  /** Wikidata item id, e.g. Q232. */
  wikidata?: InputMaybe<Scalars['String']['input']>;
};

/** A relation to create. */
export type CreateRelationInput = {
  /** 0 to 1. */
  confidence: Scalars['Float']['input'];
  /** Until when it held. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** At least one quote. */
  evidence: Array<EvidenceInput>;
  /** Subject entity id. */
  from: Scalars['ID']['input'];
  /** `planned`, `disputed` or `approximate` when the source hedges. */
  hedge?: InputMaybe<Scalars['String']['input']>;
  /** Stable id; derived from from, type and to when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Curator's note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened (YYYY, YYYY-MM or YYYY-MM-DD). */
  pointInTime?: InputMaybe<Scalars['String']['input']>;
  /** Since when it holds. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** `reviewed` (default for a curator's own entry), `extracted` or `rejected`. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Object entity id. */
  to: Scalars['ID']['input'];
  /** Type, one of `vocabulary.relationTypes`. */
  type: Scalars['String']['input'];
};

/** A source to create, with its text. */
export type CreateSourceInput = {
  /** What it is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id; derived from the title when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** `article` or `reference`. */
  kind: Scalars['String']['input'];
  /** Language (BCP 47), e.g. en. */
  language: Scalars['String']['input'];
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: InputMaybe<Scalars['String']['input']>;
  /** Publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Retrieval date. */
  retrieved?: InputMaybe<Scalars['String']['input']>;
  /** The full text; quotes are checked against it. */
  text: Scalars['String']['input'];
  /** Title. */
  title: Scalars['String']['input'];
  /** URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** State of the served data. */
export type DataStatus = {
  __typename?: 'DataStatus';
  /** PostgreSQL: the newest change-log seq this server has applied; null with files or before the first change. */
  appliedSeq?: Maybe<Scalars['Int']['output']>;
  /** Where the graph is kept: `files` (the data folder) or `postgres` (a database shared by every server pointed at it). */
  backend: Scalars['String']['output'];
  /**
   * SHA-256 over every entity and relation id with its record, sorted by id: two servers with equal
   * checksums serve the same records. Costs a pass over the whole graph (about a second per million
   * relations); for operators comparing replicas, not for every request.
   */
  checksum: Scalars['String']['output'];
  /** Whether the database answered the last time this server read its change log (always true with files). */
  connected: Scalars['Boolean']['output'];
  /** Version the layout and metrics were computed for; lags `version` briefly after a change. */
  derivedVersion: Scalars['Int']['output'];
  /** Why a hand edit is not being served: every validation error, with file, JSON path and line. */
  errors: Array<ValidationIssue>;
  /**
   * PostgreSQL: how far behind the database this server may be, in milliseconds: 0 when caught up; while
   * the database is unreachable, the time since it last read the change log. Past `limits.maxLagMs`
   * `/healthz` and `/readyz` answer 503. Null with files.
   */
  lagMs?: Maybe<Scalars['Int']['output']>;
  /** When the last write was committed. */
  lastCommitAt?: Maybe<Scalars['String']['output']>;
  /** When the served data was loaded from disk. */
  loadedAt: Scalars['String']['output'];
  /** True when the files on disk are valid and being served. */
  ok: Scalars['Boolean']['output'];
  /** Version of the graph being served. */
  version: Scalars['Int']['output'];
  /** Whether writes are possible (tokens are configured). */
  writable: Scalars['Boolean']['output'];
};

/** Arguments of deleteEntity. */
export type DeleteEntityChange = {
  /** Also delete the relations that use it. */
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  /** Entity to delete. */
  id: Scalars['ID']['input'];
};

/** What deleteEntity removed. */
export type DeleteEntityResult = {
  __typename?: 'DeleteEntityResult';
  /** Relations deleted with it (cascade). */
  deletedRelations: Array<Scalars['ID']['output']>;
  /** The entity deleted. */
  id: Scalars['ID']['output'];
  /** Graph version after the change. */
  version: Scalars['Int']['output'];
};

/** Arguments of deleteRelation. */
export type DeleteRelationChange = {
  /** Relation to delete. */
  id: Scalars['ID']['input'];
};

/** What deleteRelation removed. */
export type DeleteRelationResult = {
  __typename?: 'DeleteRelationResult';
  /** The relation deleted. */
  id: Scalars['ID']['output'];
  /** Graph version after the change. */
  version: Scalars['Int']['output'];
};

/** Which relations to follow from an entity. */
export type Direction =
  /** Both. */
  | 'BOTH'
  /** Relations to the entity (it is `to`). */
  | 'IN'
  /** Relations from the entity (it is `from`). */
  | 'OUT';

/** A thing in the graph: a country, a region, an organisation, an initiative, a resource, a topic… */
export type Entity = {
  __typename?: 'Entity';
  /** Other names it goes by; `entity(id:)` accepts any of them. */
  aliases: Array<Scalars['String']['output']>;
  /** Who created it and when (for records written through the API). */
  created?: Maybe<Audit>;
  /** One-sentence description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id, e.g. `kazakhstan`, `titr`. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code, for countries. */
  iso2?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 code, for countries. */
  iso3?: Maybe<Scalars['String']['output']>;
  /** Kind, one of `vocabulary.entityKinds`. */
  kind: Scalars['String']['output'];
  /** Display name. */
  label: Scalars['String']['output'];
  /** Centralities and community of this entity. */
  metrics: Metrics;
  /** Attributes kept from an imported file that have no field of their own. */
  properties: Array<Property>;
  /** Relations of this entity, a page at a time. */
  relations: RelationConnection;
  /** `reviewed`, or `proposed` when an ingested source named it and no curator has accepted it yet. */
  status: Scalars['String']['output'];
  /** Who last changed it and when (for records written through the API). */
  updated?: Maybe<Audit>;
  /** Wikidata item id (e.g. Q232), where verified. */
  wikidata?: Maybe<Scalars['String']['output']>;
  /** Layout position (ForceAtlas2, computed on the server; deterministic for the same data). */
  x: Scalars['Float']['output'];
  /** Layout position (ForceAtlas2, computed on the server; deterministic for the same data). */
  y: Scalars['Float']['output'];
};


/** A thing in the graph: a country, a region, an organisation, an initiative, a resource, a topic… */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of entities (Relay cursor connection). */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page with their cursors. */
  edges: Array<EntityEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of entities matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Pass as `after` to continue after this entity. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** A kind of entity. */
export type EntityKind = {
  __typename?: 'EntityKind';
  /** Colour in the explorer and its legend (#rrggbb). */
  color: Scalars['String']['output'];
  /** Number of entities of this kind. */
  count: Scalars['Int']['output'];
  /** What belongs to it. */
  description: Scalars['String']['output'];
  /** Id used in `Entity.kind`. */
  id: Scalars['String']['output'];
  /** Display name. */
  label: Scalars['String']['output'];
};

/** Changes to an entity: fields left out stay; optional fields set to null are cleared. */
export type EntityPatch = {
  /** New list of aliases (replaces the old list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New description, or null to clear. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New ISO alpha-2 code, or null to clear. */
  iso2?: InputMaybe<Scalars['String']['input']>;
  /** New ISO alpha-3 code, or null to clear. */
  iso3?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** `reviewed` to accept a proposed entity (null clears the status, which also means reviewed). */
  status?: InputMaybe<Scalars['String']['input']>;
  /** New Wikidata id, or null to clear. */
  wikidata?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What supports a relation: a quote of a text source (source.text.slice(start, end) is exactly
 * `quote`), or a record of an imported dataset file, found by its `locator`.
 */
export type Evidence = {
  __typename?: 'Evidence';
  /** Offset just after the quote's last character; null as for start. */
  end?: Maybe<Scalars['Int']['output']>;
  /** The program and rule that proposed it, when it came from ingest. */
  extractor?: Maybe<Extractor>;
  /** `quote` or `record`. */
  kind: Scalars['String']['output'];
  /** For a record: where it is in the dataset file ("edge:e12", "row:14", "triple:<s> <p> <o>"). */
  locator?: Maybe<Scalars['String']['output']>;
  /** A few characters of text just before the quote, so it can be found again if the text is re-cut. */
  prefix?: Maybe<Scalars['String']['output']>;
  /** The exact supporting text; for a record, the record as it stands in the file (its element, row or triple). */
  quote: Scalars['String']['output'];
  /** The document quoted, or the dataset file the record is in. */
  source: Source;
  /** Offset of the quote's first character in the source text (UTF-16 code units; Python counts code points); null for a record whose place in the file is not a span. */
  start?: Maybe<Scalars['Int']['output']>;
  /** A few characters of text just after the quote. */
  suffix?: Maybe<Scalars['String']['output']>;
};

/** A quote supporting a relation. */
export type EvidenceInput = {
  /** Offset after its last character; derived from start when left out. */
  end?: InputMaybe<Scalars['Int']['input']>;
  /** The exact text, verbatim from the source. */
  quote: Scalars['String']['input'];
  /** Id of the source quoted. */
  source: Scalars['ID']['input'];
  /** Offset of its first character; may be left out when the quote occurs exactly once. */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** The program and rule that proposed a relation's evidence. */
export type Extractor = {
  __typename?: 'Extractor';
  /** Program name, e.g. corridor-patterns. */
  name: Scalars['String']['output'];
  /** The rule that fired (a pattern id of the vocabulary). */
  rule: Scalars['String']['output'];
  /** Its version (of the patterns). */
  version: Scalars['String']['output'];
};

/** Conditions on the graph; all given conditions must hold. */
export type GraphFilter = {
  /** Leave out entities with no kept relation (graph only). */
  hideIsolated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Entity kinds to keep; relations need both ends kept. */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lowest confidence to keep, 0 to 1. */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Keep relations with evidence from this source. */
  source?: InputMaybe<Scalars['ID']['input']>;
  /** Statuses to keep; default reviewed and extracted (rejected hidden). */
  status?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Relation types to keep. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keep relations that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  validAt?: InputMaybe<Scalars['String']['input']>;
};

/** Counts over the whole graph. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Entities per kind. */
  byKind: Array<Count>;
  /** Relations per source of their evidence (a relation with evidence from two sources counts for both). */
  bySource: Array<Count>;
  /** Relations per status. */
  byStatus: Array<Count>;
  /** Relations per type. */
  byType: Array<Count>;
  /** Number of entities. */
  entityCount: Scalars['Int']['output'];
  /** Number of relations. */
  relationCount: Scalars['Int']['output'];
  /** Number of sources. */
  sourceCount: Scalars['Int']['output'];
  /** Graph version: bumped by every committed change or reload. */
  version: Scalars['Int']['output'];
};

/** A hedge: how the source qualifies a claim. */
export type Hedge = {
  __typename?: 'Hedge';
  /** When it applies. */
  description: Scalars['String']['output'];
  /** Id used in `Relation.hedge`. */
  id: Scalars['String']['output'];
};

/** One step of a path. */
export type Hop = {
  __typename?: 'Hop';
  /** The entity the hop leaves. */
  from: Entity;
  /** Every relation linking the two (in either stored direction when traversal was undirected), strongest first. */
  relations: Array<Relation>;
  /** The entity the hop reaches. */
  to: Entity;
};

/** The candidates that name an entity the same way as one end of a relation (Query.identicalMentions). */
export type IdenticalMentions = {
  __typename?: 'IdenticalMentions';
  /** The entity that end names now. */
  entity: Entity;
  /** The other candidates whose quote writes it the same way with it at the same end, by id. */
  relations: Array<Relation>;
  /** How the relation's quote writes it: the text of each mention there linked to it (for example "Europe"); empty when none is found again. */
  surfaces: Array<Scalars['String']['output']>;
};

/** A file to import. */
export type ImportGraphInput = {
  /** Add node kinds and edge types the vocabulary lacks, in the same commit, instead of refusing them. */
  addToVocabulary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name of the file (stored with the source). */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** gexf, graphml, csv, graphology, cytoscape, ntriples, turtle or sparql-json; guessed from fileName or the content when left out. */
  format?: InputMaybe<Scalars['String']['input']>;
  /** Mapping of the foreign data onto Corridor (JSON: columns, kinds, types; see the README); the saved mapping file's content. */
  mapping?: InputMaybe<Scalars['String']['input']>;
  /** Publisher of the dataset. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Status of imported relations: extracted (default) or reviewed. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** The file's content (UTF-8). */
  text: Scalars['String']['input'];
  /** Title of the dataset source; the file name when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the dataset comes from. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** An element, row or triple that was not imported. */
export type ImportLoss = {
  __typename?: 'ImportLoss';
  /** Where in the file: a line, element or row. */
  place: Scalars['String']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
};

/** A foreign kind or type and what it maps to. */
export type ImportMapping = {
  __typename?: 'ImportMapping';
  /** How many records carry it. */
  count: Scalars['Int']['output'];
  /** The name in the file. */
  foreign: Scalars['String']['output'];
  /** The vocabulary id it maps to; null when unmapped. */
  mapsTo?: Maybe<Scalars['String']['output']>;
  /** node-kind or edge-type. */
  what: Scalars['String']['output'];
};

/** A file entity matched to an existing entity. */
export type ImportMerge = {
  __typename?: 'ImportMerge';
  /** id, wikidata, iso or name. */
  by: Scalars['String']['output'];
  /** The existing entity. */
  entity: Scalars['ID']['output'];
  /** Its id in the file. */
  foreign: Scalars['ID']['output'];
};

/** What an import found and (unless a dry run) committed. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Whether it was committed (false for a dry run). */
  committed: Scalars['Boolean']['output'];
  /** New entities. */
  entitiesCreated: Scalars['Int']['output'];
  /** Entities matched to existing ones (same id, Wikidata id, ISO code or a strong name match). */
  entitiesMerged: Scalars['Int']['output'];
  /** Entities in the file. */
  entitiesRead: Scalars['Int']['output'];
  /** The format read. */
  format: Scalars['String']['output'];
  /** What could not be imported, each with its place in the file and the reason. */
  losses: Array<ImportLoss>;
  /** The mapping used, as JSON, with what was inferred filled in: edit it and pass it back as `mapping` (what `npm run import -- --write-mapping` saves). */
  mapping: Scalars['String']['output'];
  /** How foreign kinds and types map onto the vocabulary. */
  mappings: Array<ImportMapping>;
  /** Entities of the file found to be entities the graph holds, and why. */
  merges: Array<ImportMerge>;
  /** New relations. */
  relationsCreated: Scalars['Int']['output'];
  /** Relations in the file. */
  relationsRead: Scalars['Int']['output'];
  /** The dataset source id. */
  source: Scalars['ID']['output'];
  /** Graph version after the commit; null for a dry run. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** A relation the pipeline proposes. */
export type IngestCandidate = {
  __typename?: 'IngestCandidate';
  /** The rule's measured precision, adjusted by linking confidence. */
  confidence: Scalars['Float']['output'];
  /** Until when. */
  end?: Maybe<Scalars['String']['output']>;
  /** The quote behind it. */
  evidence: CandidateEvidence;
  /** The rule that fired. */
  extractor: Extractor;
  /** Subject entity id. */
  from: Scalars['ID']['output'];
  /** planned, reported or approximate when the sentence hedges. */
  hedge?: Maybe<Scalars['String']['output']>;
  /** The id it gets. */
  id: Scalars['ID']['output'];
  /** When, as the sentence or source dates it. */
  pointInTime?: Maybe<Scalars['String']['output']>;
  /** Since when. */
  start?: Maybe<Scalars['String']['output']>;
  /** Object entity id. */
  to: Scalars['ID']['output'];
  /** Relation type. */
  type: Scalars['String']['output'];
};

/** Totals of an ingest. */
export type IngestCounts = {
  __typename?: 'IngestCounts';
  /** Mentions left ambiguous. */
  ambiguous: Scalars['Int']['output'];
  /** New candidate relations. */
  candidates: Scalars['Int']['output'];
  /** Existing relations given new evidence. */
  corroborations: Scalars['Int']['output'];
  /** Mentions linked to an entity. */
  linked: Scalars['Int']['output'];
  /** Mentions found. */
  mentions: Scalars['Int']['output'];
  /** Entities proposed. */
  proposedEntities: Scalars['Int']['output'];
  /** Items skipped. */
  skipped: Scalars['Int']['output'];
};

/** A span of the text naming an entity. */
export type IngestMention = {
  __typename?: 'IngestMention';
  /** For an ambiguous mention: the top three choices (and `new` is always possible). */
  choices: Array<LinkChoice>;
  /** Linking confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** Offset after its last character. */
  end: Scalars['Int']['output'];
  /** The entity it names (an id in the graph or of a proposed entity); null when ambiguous. */
  entity?: Maybe<Scalars['ID']['output']>;
  /** How it was linked: label, alias, iso, gazetteer, demonym, capital, fuzzy or proper-noun. */
  how: Scalars['String']['output'];
  /** Whether `entity` is a proposed entity. */
  proposed: Scalars['Boolean']['output'];
  /** Offset of its first character (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** The text of the span. */
  text: Scalars['String']['output'];
};

/** What ingesting a source found and (unless a dry run) committed. */
export type IngestReport = {
  __typename?: 'IngestReport';
  /** New candidate relations (status extracted), highest confidence first. */
  candidates: Array<IngestCandidate>;
  /** Whether it was committed (false for a dry run). */
  committed: Scalars['Boolean']['output'];
  /** Evidence added to relations the graph already holds. */
  corroborations: Array<Corroboration>;
  /** Totals. */
  counts: IngestCounts;
  /** Every span naming an entity, and how it was linked. */
  mentions: Array<IngestMention>;
  /** Entities the text names that the graph does not hold; committed with status proposed when a candidate uses them. */
  proposedEntities: Array<ProposedEntity>;
  /** What was seen and not proposed, and why. */
  skipped: Array<SkippedItem>;
  /** The source as it is (or would be) stored. */
  source: IngestedSource;
  /** Graph version after the commit; null for a dry run. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** A source to ingest: its text (plain, Markdown or HTML) and metadata. */
export type IngestSourceInput = {
  /** Name of the file it came from. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** `text` (default), `markdown` or `html`. For Markdown and HTML the readable text is extracted and stored; the original is kept beside it. */
  format?: InputMaybe<Scalars['String']['input']>;
  /** Stable id; derived from the title when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Language (BCP 47); en by default. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: InputMaybe<Scalars['String']['input']>;
  /** Publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The document: plain text, Markdown or HTML (see `format`). */
  text: Scalars['String']['input'];
  /** Title; for HTML, taken from the page when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it can be read. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The source of an ingest. */
export type IngestedSource = {
  __typename?: 'IngestedSource';
  /** Characters (UTF-16 code units) of its stored text. */
  chars: Scalars['Int']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Sentences. */
  sentences: Scalars['Int']['output'];
  /** SHA-256 of its stored text. */
  sha256: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
  /** Words. */
  words: Scalars['Int']['output'];
};

/** The limits this server enforces; each is a setting (see the README). */
export type Limits = {
  __typename?: 'Limits';
  /** Traversal time (milliseconds, measured in the worker) per client per `cpuWindowSeconds`; 0 when unlimited. Over it: HTTP 429 RATE_LIMITED with Retry-After. */
  cpuBudgetMs: Scalars['Int']['output'];
  /** The window over which `cpuBudgetMs` refills, in seconds. */
  cpuWindowSeconds: Scalars['Int']['output'];
  /** Milliseconds a request's traversals may run before they stop with truncatedReason DEADLINE. */
  deadlineMs: Scalars['Int']['output'];
  /** Most aliases in a query. */
  maxAliases: Scalars['Int']['output'];
  /** Largest request body, in bytes. */
  maxBodyBytes: Scalars['Int']['output'];
  /** Largest traversal cost of one operation (see the README for how it is counted). */
  maxCost: Scalars['Int']['output'];
  /** Deepest neighborhood `depth` accepted. */
  maxDepth: Scalars['Int']['output'];
  /** Largest `limit` accepted by `graph`. */
  maxGraphLimit: Scalars['Int']['output'];
  /** Longest document `ingestSource` reads, in characters (TEXT_TOO_LARGE beyond it). */
  maxIngestChars: Scalars['Int']['output'];
  /** Largest `first` or `limit` page size accepted. */
  maxPageSize: Scalars['Int']['output'];
  /** Longest `paths` maxLength accepted. */
  maxPathLength: Scalars['Int']['output'];
  /** Deepest nesting of selections in a query. */
  maxQueryDepth: Scalars['Int']['output'];
  /** Traversals waiting for a worker, all clients together; more are refused with HTTP 503 OVERLOADED and Retry-After. */
  maxQueuedTraversals: Scalars['Int']['output'];
  /** Most tokens in a query document. */
  maxTokens: Scalars['Int']['output'];
  /** Traversals of one client running at once; more wait their turn (round-robin across clients). */
  maxTraversalsPerClient: Scalars['Int']['output'];
  /** Most entities a traversal may expand before it stops with truncatedReason VISIT_BUDGET. */
  maxVisited: Scalars['Int']['output'];
  /** Requests per minute per client (its token's name, else its address); 0 when unlimited. */
  rateLimitPerMinute: Scalars['Int']['output'];
};

/** A candidate entity for an ambiguous mention. */
export type LinkChoice = {
  __typename?: 'LinkChoice';
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Its label. */
  label: Scalars['String']['output'];
  /** Token-sort ratio on folded text, 0 to 100. */
  score: Scalars['Float']['output'];
};

/** Centralities and community of an entity, over the graph with relations treated as undirected links. */
export type Metrics = {
  __typename?: 'Metrics';
  /** Normalised betweenness centrality over hop counts; on graphs above 5,000 entities an estimate from a seeded sample of source entities (the same for the same data); null until first computed. */
  betweenness?: Maybe<Scalars['Float']['output']>;
  /** Louvain community number (entities with the same number cluster together); -1 until computed. */
  community: Scalars['Int']['output'];
  /** Number of relations (both directions). */
  degree: Scalars['Int']['output'];
  /** Number of relations pointing to it. */
  inDegree: Scalars['Int']['output'];
  /** Number of relations from it. */
  outDegree: Scalars['Int']['output'];
  /** PageRank (sums to 1 over the graph). */
  pagerank: Scalars['Float']['output'];
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Applies a list of changes atomically: all of them, or none when any one is refused. */
  applyChanges: ApplyChangesResult;
  /** Adds an entity. Without an id, one is derived from the label. */
  createEntity: Entity;
  /** Adds a relation with its evidence. Quotes must occur verbatim in their source; offsets may be left out when the quote occurs once. */
  createRelation: Relation;
  /** Adds a source with its full text, so relations can quote it. */
  createSource: Source;
  /** Deletes an entity. Refused while relations use it, unless `cascade` is true; then those relations go too and are listed. */
  deleteEntity: DeleteEntityResult;
  /** Deletes a relation. */
  deleteRelation: DeleteRelationResult;
  /**
   * Imports a graph file (GEXF, GraphML, CSV, graphology JSON, Cytoscape JSON, N-Triples, Turtle,
   * SPARQL JSON results). The file is stored as a source of kind `dataset`, byte for byte; every
   * imported relation's evidence is a record of that file (a locator). `dryRun` reports everything and
   * writes nothing; otherwise the import is one atomic commit.
   */
  importGraph: ImportReport;
  /**
   * Runs the ingest pipeline on a new source (sentences, mentions, entity linking, relation candidates,
   * corroboration) and, unless `dryRun`, commits the source, its proposed entities and candidate
   * relations (status `extracted`) in one atomic commit. Refused (extensions.code, extensions.field)
   * with DUPLICATE_SOURCE (naming the source that has it) when a source with the same text (SHA-256)
   * exists, EMPTY_TEXT (no text, or an HTML page without an article), NOT_TEXT (binary content),
   * BAD_METADATA (naming the field), TEXT_TOO_LARGE (over `limits.maxIngestChars`).
   */
  ingestSource: IngestReport;
  /**
   * Merges entity `merge` into `keep`: its relations move to `keep`, its label and aliases become
   * aliases of `keep`, empty fields of `keep` are filled from it, and `merge` is deleted; one commit.
   * Refused (IN_USE) when a relation links the two, which would become a self-loop.
   */
  mergeEntities: Entity;
  /** Records a curator's verdict on a relation: REVIEWED (checked, correct), REJECTED (checked, wrong: kept but hidden by default), or EXTRACTED (back to unchecked). */
  reviewRelation: Relation;
  /**
   * One decision on several relations (a reviewer's bulk accept, or a single key press), optionally
   * with an edit applied first; each relation's decision is logged (who, when, before, after).
   */
  reviewRelations: ReviewResult;
  /** Undoes a logged review decision: the relation goes back to how it was before it; the undo is logged too. */
  undoReview: ReviewResult;
  /** Undoes several logged review decisions in the order given (newest first to take back a whole decision), in one commit: all or none. */
  undoReviews: ReviewResult;
  /** Changes an entity's fields; fields left out stay, fields set to null are cleared. */
  updateEntity: Entity;
  /** Changes a relation's fields; fields left out stay, fields set to null are cleared. Evidence, when given, replaces the list. */
  updateRelation: Relation;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationApplyChangesArgs = {
  changes: Array<ChangeInput>;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationCreateRelationArgs = {
  input: CreateRelationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationDeleteEntityArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationDeleteRelationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationImportGraphArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ImportGraphInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationIngestSourceArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: IngestSourceInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationReviewRelationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: ReviewStatus;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationReviewRelationsArgs = {
  applyToIdentical?: InputMaybe<Array<RelationEnd>>;
  decision: ReviewDecision;
  edit?: InputMaybe<RelationPatch>;
  ids: Array<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationUndoReviewArgs = {
  entry: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationUndoReviewsArgs = {
  entries: Array<Scalars['ID']['input']>;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationUpdateEntityArgs = {
  id: Scalars['ID']['input'];
  patch: EntityPatch;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` of a token with the `editor` role. A write is
 * validated by the same rules as `npm run validate`; a refused write changes nothing and its error
 * lists every problem with the path of the offending input field (extensions.issues). A write is
 * answered only once it is durable in the data files.
 */
export type MutationUpdateRelationArgs = {
  id: Scalars['ID']['input'];
  patch: RelationPatch;
};

/** An original document kept beside the text extracted from it. */
export type OriginalDocument = {
  __typename?: 'OriginalDocument';
  /** File name beside the source's metadata in the data folder. */
  file: Scalars['String']['output'];
  /** Its media type, e.g. text/html. */
  mediaType: Scalars['String']['output'];
  /** SHA-256 of its bytes. */
  sha256: Scalars['String']['output'];
};

/** Relay paging state. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A connected path between two entities. */
export type Path = {
  __typename?: 'Path';
  /** The entities along the path, from start to end. */
  entities: Array<Entity>;
  /** Each hop with every relation between its two entities. */
  hops: Array<Hop>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** One relation per hop (the strongest of each hop), in path order. */
  relations: Array<Relation>;
};

/** An attribute a foreign file carried that has no field of its own (kept from an import, exported again). */
export type Property = {
  __typename?: 'Property';
  /** Attribute name as in the file. */
  name: Scalars['String']['output'];
  /** Its value, as JSON text. */
  value: Scalars['String']['output'];
};

/** An entity the pipeline proposes. */
export type ProposedEntity = {
  __typename?: 'ProposedEntity';
  /** Other names seen. */
  aliases: Array<Scalars['String']['output']>;
  /** The id it gets. */
  id: Scalars['ID']['output'];
  /** Guessed kind. */
  kind: Scalars['String']['output'];
  /** Label. */
  label: Scalars['String']['output'];
  /** How many mentions name it. */
  mentions: Scalars['Int']['output'];
  /** gazetteer (a known country or organisation) or proper-noun (an unknown name). */
  origin: Scalars['String']['output'];
  /** Wikidata id, when the gazetteer knows it. */
  wikidata?: Maybe<Scalars['String']['output']>;
};

/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type Query = {
  __typename?: 'Query';
  /** Whether the files on disk are what is being served (a failed hand edit shows here), and which version is live. */
  dataStatus: DataStatus;
  /** Entities in data-file order, a page at a time (Relay cursor connection). */
  entities: EntityConnection;
  /** An entity by id, label or any alias, case- and accent-insensitively ("EU", "Middle Corridor", "turkiye"). */
  entity?: Maybe<Entity>;
  /** The whole graph under a filter, with layout positions: what the explorer draws. Above `limit` entities the best connected are kept. */
  graph: Subgraph;
  /**
   * The "identical mentions" of one end of a relation: the other candidates (status `extracted`)
   * quoting a source it quotes, with the same entity at the same end (either end for a symmetric
   * type), whose quote holds a mention of that entity written exactly as one in this relation's quote
   * (the ingest pipeline's mention finder, run again over the source text). What
   * `reviewRelations(applyToIdentical:)` re-points along with the relation when the reviewer asks.
   */
  identicalMentions: IdenticalMentions;
  /** The limits this server enforces, so clients can stay inside them. */
  limits: Limits;
  /**
   * The entities within `depth` hops of an entity, nearest first, following relations in `direction`,
   * and every relation among them. Stops at `limit` entities (then `truncated` is true).
   */
  neighborhood: Subgraph;
  /**
   * How two entities are connected: the shortest paths between them, shortest first, at most `first`
   * paths of at most `maxLength` hops. Paths of equal length are ranked by their weakest hop (reviewed
   * before extracted, then confidence). Each hop lists every relation between its two entities.
   */
  paths: Array<Path>;
  /** A relation by its id. */
  relation?: Maybe<Relation>;
  /** Relations passing a filter, a page at a time (Relay cursor connection). Rejected relations are left out unless `filter.status` asks for them. */
  relations: RelationConnection;
  /** Review decisions, newest first; only those on relations citing `source` when it is given. */
  reviewLog: ReviewLogConnection;
  /**
   * The candidates of a source that wait for review: relations of status `extracted` with evidence from
   * it, highest confidence first (ties by id), a page at a time.
   */
  reviewQueue: RelationConnection;
  /** Full-text search over labels, aliases and descriptions, with prefix and fuzzy matching (serves autocomplete). An exact name match ranks first. */
  search: Array<SearchHit>;
  /** A source by id. */
  source?: Maybe<Source>;
  /** Every source, with its full text. */
  sources: Array<Source>;
  /** Counts of entities by kind and relations by type, status and source. */
  stats: GraphStats;
  /** Who the request's bearer token belongs to (name and role); null without a valid token. The explorer's sign-in asks this. */
  viewer?: Maybe<Viewer>;
  /** The entity kinds, relation types and hedges the data uses, with labels and colours. */
  vocabulary: Vocabulary;
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryGraphArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryIdenticalMentionsArgs = {
  end: RelationEnd;
  relation: Scalars['ID']['input'];
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<Direction>;
  filter?: InputMaybe<GraphFilter>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryPathsArgs = {
  direction?: InputMaybe<Direction>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryReviewLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewQueueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['ID']['input'];
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
};


/**
 * Reads. Public: no token needed. Traversals (neighborhood, paths, graph) are bounded by the server's
 * limits; a partial answer says so with `truncated: true` and a `truncatedReason`.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};

/** A typed, directed, dated statement between two entities, with its evidence. */
export type Relation = {
  __typename?: 'Relation';
  /** How sure the data is, 0 to 1. Analytic claims ("counterbalances") sit lower. */
  confidence: Scalars['Float']['output'];
  /** Who created it and when (for records written through the API). */
  created?: Maybe<Audit>;
  /** Until when it held, where the source says. */
  end?: Maybe<Scalars['String']['output']>;
  /** What supports it: at least one quote, each with its source and character offsets. */
  evidence: Array<Evidence>;
  /** Subject. */
  from: Entity;
  /** Id of the subject (cheaper than from { id } for large lists). */
  fromId: Scalars['ID']['output'];
  /** Set when the source itself hedges: `planned` ("aims to", "intends to"), `disputed`, `approximate`. */
  hedge?: Maybe<Scalars['String']['output']>;
  /** Stable readable id. */
  id: Scalars['ID']['output'];
  /** Reading to → from, e.g. "deposits found in". */
  inverseLabel: Scalars['String']['output'];
  /** Reading from → to, e.g. "has deposits of". */
  label: Scalars['String']['output'];
  /** Curator's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it happened, where the source says (YYYY, YYYY-MM or YYYY-MM-DD; the form is its precision). */
  pointInTime?: Maybe<Scalars['String']['output']>;
  /** Attributes kept from an imported file that have no field of their own. */
  properties: Array<Property>;
  /** The last review verdict's author, time and note. */
  review?: Maybe<Review>;
  /** How many distinct sources state it (its evidence's distinct sources). */
  sourceCount: Scalars['Int']['output'];
  /** Since when it holds, where the source says. */
  start?: Maybe<Scalars['String']['output']>;
  /** `reviewed` (a person checked it), `extracted` (a program proposed it) or `rejected` (checked and found wrong). */
  status: Scalars['String']['output'];
  /** Whether the type reads the same both ways (then only one direction is stored). */
  symmetric: Scalars['Boolean']['output'];
  /** Object. */
  to: Entity;
  /** Id of the object (cheaper than to { id } for large lists). */
  toId: Scalars['ID']['output'];
  /** Type, one of `vocabulary.relationTypes`. */
  type: Scalars['String']['output'];
  /** Who last changed it and when (for records written through the API). */
  updated?: Maybe<Audit>;
};

/** A page of relations (Relay cursor connection). */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relations of this page with their cursors. */
  edges: Array<RelationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of relations matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A relation with its cursor. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Pass as `after` to continue after this relation. */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
};

/** One end of a relation. */
export type RelationEnd =
  /** The subject (`from`). */
  | 'FROM'
  /** The object (`to`). */
  | 'TO';

/** Conditions on relations; all given conditions must hold. */
export type RelationFilter = {
  /** Keep relations touching this entity (id or alias). */
  entity?: InputMaybe<Scalars['ID']['input']>;
  /** Keep relations whose both ends are of these kinds. */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lowest confidence to keep, 0 to 1. */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Keep relations with evidence from this source. */
  source?: InputMaybe<Scalars['ID']['input']>;
  /** Statuses to keep; default reviewed and extracted (rejected hidden). */
  status?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Relation types to keep. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keep relations that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD): started by then and not yet ended. Relations without a date always hold. */
  validAt?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a relation: fields left out stay; optional fields set to null are cleared. */
export type RelationPatch = {
  /** New confidence. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** New end (clears pointInTime), or null to clear. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** New evidence list (replaces the old one). */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** New subject. */
  from?: InputMaybe<Scalars['ID']['input']>;
  /** New hedge, or null to clear. */
  hedge?: InputMaybe<Scalars['String']['input']>;
  /** New note, or null to clear. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** New point in time (clears start/end), or null to clear. */
  pointInTime?: InputMaybe<Scalars['String']['input']>;
  /** New start (clears pointInTime), or null to clear. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** New status. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** New object. */
  to?: InputMaybe<Scalars['ID']['input']>;
  /** New type. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** A type of relation. */
export type RelationType = {
  __typename?: 'RelationType';
  /** Matching CAMEO event code, where one exists. */
  cameo?: Maybe<Scalars['String']['output']>;
  /** Number of relations of this type. */
  count: Scalars['Int']['output'];
  /** What it means. */
  description: Scalars['String']['output'];
  /** Id used in `Relation.type`. */
  id: Scalars['String']['output'];
  /** Reading to → from. */
  inverseLabel: Scalars['String']['output'];
  /** Reading from → to. */
  label: Scalars['String']['output'];
  /** Reads the same both ways. */
  symmetric: Scalars['Boolean']['output'];
  /** Matching Wikidata property, where one exists. */
  wikidata?: Maybe<Scalars['String']['output']>;
};

/** A curator's review verdict. */
export type Review = {
  __typename?: 'Review';
  /** When. */
  at: Scalars['String']['output'];
  /** Name of the token that reviewed. */
  by: Scalars['String']['output'];
  /** The reviewer's note. */
  note?: Maybe<Scalars['String']['output']>;
};

/** What a reviewer decides on a candidate relation. */
export type ReviewDecision =
  /** Right as it stands (after the edit, if one is given): status becomes reviewed. */
  | 'ACCEPT'
  /** Only apply the edit; the relation stays waiting for review. */
  | 'EDIT'
  /** Wrong: status becomes rejected (kept, hidden by default, not proposed again). */
  | 'REJECT';

/** A page of review decisions. */
export type ReviewLogConnection = {
  __typename?: 'ReviewLogConnection';
  /** The decisions on this page. */
  edges: Array<ReviewLogEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** How many decisions match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A review decision with its cursor. */
export type ReviewLogEdge = {
  __typename?: 'ReviewLogEdge';
  /** Cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: ReviewLogEntry;
};

/** One logged review decision. */
export type ReviewLogEntry = {
  __typename?: 'ReviewLogEntry';
  /** The relation after, as JSON. */
  after: Scalars['String']['output'];
  /** When (ISO 8601). */
  at: Scalars['String']['output'];
  /** The relation before, as JSON. */
  before: Scalars['String']['output'];
  /** Who decided. */
  by: Scalars['String']['output'];
  /** ACCEPT, REJECT, EDIT or UNDO. */
  decision: Scalars['String']['output'];
  /** Its id (for undoReview). */
  id: Scalars['ID']['output'];
  /** Reviewer's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The relation decided on. */
  relation: Scalars['ID']['output'];
  /** Set when a later entry undid this one. */
  undoneBy?: Maybe<Scalars['ID']['output']>;
};

/** Conditions on the review queue: what a reviewer bulk-accepts. */
export type ReviewQueueFilter = {
  /** Only candidates of at least this confidence. */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only candidates proposed by these rules (extractor.rule). */
  rules?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these relation types. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Arguments of reviewRelation. */
export type ReviewRelationChange = {
  /** Relation reviewed. */
  id: Scalars['ID']['input'];
  /** Reviewer's note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Verdict. */
  status: ReviewStatus;
};

/** A review decision and its effect. */
export type ReviewResult = {
  __typename?: 'ReviewResult';
  /** The log entries written (one per relation). */
  entries: Array<ReviewLogEntry>;
  /** The relations as they are now. */
  relations: Array<Relation>;
  /** Graph version after the commit. */
  version: Scalars['Int']['output'];
};

/** A curator's verdict on a relation. */
export type ReviewStatus =
  /** Not checked (as proposed by a program). */
  | 'EXTRACTED'
  /** Checked by a person and found wrong; kept so it is not proposed again, hidden unless asked for. */
  | 'REJECTED'
  /** Checked by a person and found right. */
  | 'REVIEWED';

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance; higher is better. Only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** A sentence of a source. */
export type SentenceSpan = {
  __typename?: 'SentenceSpan';
  /** Offset after its last character. */
  end: Scalars['Int']['output'];
  /** Its number, from 0. */
  index: Scalars['Int']['output'];
  /** Offset of its first character. */
  start: Scalars['Int']['output'];
  /** Its text. */
  text: Scalars['String']['output'];
};

/** Something the pipeline did not propose, and why. */
export type SkippedItem = {
  __typename?: 'SkippedItem';
  /** For an ambiguous mention: its choices. */
  choices: Array<LinkChoice>;
  /** What exactly. */
  detail: Scalars['String']['output'];
  /** negated, no-pattern, ambiguous-mention, duplicate, self-loop or kind-mismatch. */
  reason: Scalars['String']['output'];
  /** The sentence. */
  sentence: SentenceSpan;
};

/** A document that relations quote: an article, or curated reference data. */
export type Source = {
  __typename?: 'Source';
  /** What it is and how it was made. */
  description?: Maybe<Scalars['String']['output']>;
  /** The name of the file it came from, when it came from a file. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** For a dataset: the file's format (gexf, graphml, csv, graphology, cytoscape, turtle, ntriples, jsonld, sparql-json). */
  format?: Maybe<Scalars['String']['output']>;
  /** Stable readable id. */
  id: Scalars['ID']['output'];
  /** `article` or `reference`. */
  kind: Scalars['String']['output'];
  /** Language (BCP 47). */
  language: Scalars['String']['output'];
  /** The original document (HTML, Markdown) the text was extracted from, kept beside it. */
  original?: Maybe<OriginalDocument>;
  /** Relations citing it that still wait for review (status extracted). */
  pendingCount: Scalars['Int']['output'];
  /** Publication date, where known. */
  published?: Maybe<Scalars['String']['output']>;
  /** Publisher, where known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Number of relations with evidence from it. */
  relationCount: Scalars['Int']['output'];
  /** Date the text was retrieved, where known. */
  retrieved?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the text; validation refuses a text that no longer matches it (quote offsets would be wrong). */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Its full text, byte for byte as stored; evidence offsets index into it. For a dataset, the imported file itself. */
  text: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Where it can be read, where known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A part of the graph: entities and the relations among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The entities. */
  entities: Array<Entity>;
  /** The relations among them. */
  relations: Array<Relation>;
  /** True when a limit cut the answer short. */
  truncated: Scalars['Boolean']['output'];
  /** Which limit: NODE_LIMIT (the `limit` argument), VISIT_BUDGET (the server's traversal budget) or DEADLINE (the per-request time limit). */
  truncatedReason?: Maybe<Scalars['String']['output']>;
};

/** Live updates over Server-Sent Events (GET or POST with `Accept: text/event-stream`). */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every committed change, in commit order: what changed, which ids, who and when. A hand edit of the
   * files (or, over PostgreSQL, an import) arrives as a RELOAD.
   */
  changes: ChangeEvent;
};


/** Live updates over Server-Sent Events (GET or POST with `Accept: text/event-stream`). */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** Arguments of updateEntity. */
export type UpdateEntityChange = {
  /** Entity to change. */
  id: Scalars['ID']['input'];
  /** The changes. */
  patch: EntityPatch;
};

/** Arguments of updateRelation. */
export type UpdateRelationChange = {
  /** Relation to change. */
  id: Scalars['ID']['input'];
  /** The changes. */
  patch: RelationPatch;
};

/** A problem in data or in a write's input, and exactly where it is. */
export type ValidationIssue = {
  __typename?: 'ValidationIssue';
  /** Class of problem: SCHEMA, UNKNOWN_ID, DANGLING_RELATION, DUPLICATE_ID, QUOTE_MISMATCH, QUOTE_OUT_OF_RANGE, BAD_TIME, ALIAS_CONFLICT, SELF_LOOP, MISSING_TEXT, PARSE_ERROR, NOT_FOUND, IN_USE. */
  code: Scalars['String']['output'];
  /** Column in the file, when it is a file. */
  column?: Maybe<Scalars['Int']['output']>;
  /** File (e.g. graph-data/relations/x.json), or (input) for a write's arguments. */
  file: Scalars['String']['output'];
  /** Line in the file, when it is a file. */
  line?: Maybe<Scalars['Int']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** JSON path inside the file or input, e.g. $.relations[3].evidence[0].quote. */
  path: Scalars['String']['output'];
};

/** The caller: the name and role of the bearer token a request carries. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The token's name (recorded as the author of every write). */
  name: Scalars['String']['output'];
  /** `editor` (may write) or `reader`. */
  role: Scalars['String']['output'];
};

/** The controlled vocabulary the data uses. */
export type Vocabulary = {
  __typename?: 'Vocabulary';
  /** Kinds of entity. */
  entityKinds: Array<EntityKind>;
  /** Hedges a relation may carry. */
  hedges: Array<Hedge>;
  /** Types of relation. */
  relationTypes: Array<RelationType>;
  /** Relation statuses. */
  statuses: Array<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApplyChangesResult: ResolverTypeWrapper<Omit<ApplyChangesResult, 'results'> & { results: Array<ResolversTypes['ChangeRecord']> }>;
  Audit: ResolverTypeWrapper<Audit>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CandidateEvidence: ResolverTypeWrapper<CandidateEvidence>;
  ChangeEvent: ResolverTypeWrapper<CommitEventModel>;
  ChangeInput: ChangeInput;
  ChangeRecord: ResolverTypeWrapper<ChangeResultModel>;
  Corroboration: ResolverTypeWrapper<Corroboration>;
  Count: ResolverTypeWrapper<Count>;
  CreateEntityInput: CreateEntityInput;
  CreateRelationInput: CreateRelationInput;
  CreateSourceInput: CreateSourceInput;
  DataStatus: ResolverTypeWrapper<DataStatusModel>;
  DeleteEntityChange: DeleteEntityChange;
  DeleteEntityResult: ResolverTypeWrapper<DeleteEntityResult>;
  DeleteRelationChange: DeleteRelationChange;
  DeleteRelationResult: ResolverTypeWrapper<DeleteRelationResult>;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<ConnectionParentModel>;
  EntityEdge: ResolverTypeWrapper<EdgeParentModel>;
  EntityKind: ResolverTypeWrapper<EntityKindModel>;
  EntityPatch: EntityPatch;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceInput: EvidenceInput;
  Extractor: ResolverTypeWrapper<Extractor>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphFilter: GraphFilter;
  GraphStats: ResolverTypeWrapper<StatsParentModel>;
  Hedge: ResolverTypeWrapper<Hedge>;
  Hop: ResolverTypeWrapper<HopParentModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdenticalMentions: ResolverTypeWrapper<Omit<IdenticalMentions, 'entity' | 'relations'> & { entity: ResolversTypes['Entity'], relations: Array<ResolversTypes['Relation']> }>;
  ImportGraphInput: ImportGraphInput;
  ImportLoss: ResolverTypeWrapper<ImportLoss>;
  ImportMapping: ResolverTypeWrapper<ImportMapping>;
  ImportMerge: ResolverTypeWrapper<ImportMerge>;
  ImportReport: ResolverTypeWrapper<ImportReportModel>;
  IngestCandidate: ResolverTypeWrapper<IngestCandidate>;
  IngestCounts: ResolverTypeWrapper<IngestCounts>;
  IngestMention: ResolverTypeWrapper<IngestMention>;
  IngestReport: ResolverTypeWrapper<IngestReport>;
  IngestSourceInput: IngestSourceInput;
  IngestedSource: ResolverTypeWrapper<IngestedSource>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Limits: ResolverTypeWrapper<Limits>;
  LinkChoice: ResolverTypeWrapper<LinkChoice>;
  Metrics: ResolverTypeWrapper<MetricsParentModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OriginalDocument: ResolverTypeWrapper<OriginalDocument>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathParentModel>;
  Property: ResolverTypeWrapper<Property>;
  ProposedEntity: ResolverTypeWrapper<ProposedEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationConnection: ResolverTypeWrapper<ConnectionParentModel>;
  RelationEdge: ResolverTypeWrapper<EdgeParentModel>;
  RelationEnd: RelationEnd;
  RelationFilter: RelationFilter;
  RelationPatch: RelationPatch;
  RelationType: ResolverTypeWrapper<RelationTypeModel>;
  Review: ResolverTypeWrapper<Review>;
  ReviewDecision: ReviewDecision;
  ReviewLogConnection: ResolverTypeWrapper<ReviewLogConnection>;
  ReviewLogEdge: ResolverTypeWrapper<ReviewLogEdge>;
  ReviewLogEntry: ResolverTypeWrapper<ReviewLogEntry>;
  ReviewQueueFilter: ReviewQueueFilter;
  ReviewRelationChange: ReviewRelationChange;
  ReviewResult: ResolverTypeWrapper<Omit<ReviewResult, 'relations'> & { relations: Array<ResolversTypes['Relation']> }>;
  ReviewStatus: ReviewStatus;
  SearchHit: ResolverTypeWrapper<SearchHitParentModel>;
  SentenceSpan: ResolverTypeWrapper<SentenceSpan>;
  SkippedItem: ResolverTypeWrapper<SkippedItem>;
  Source: ResolverTypeWrapper<SourceModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphParentModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateEntityChange: UpdateEntityChange;
  UpdateRelationChange: UpdateRelationChange;
  ValidationIssue: ResolverTypeWrapper<ValidationIssue>;
  Viewer: ResolverTypeWrapper<Viewer>;
  Vocabulary: ResolverTypeWrapper<VocabularyIndexModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApplyChangesResult: Omit<ApplyChangesResult, 'results'> & { results: Array<ResolversParentTypes['ChangeRecord']> };
  Audit: Audit;
  Boolean: Scalars['Boolean']['output'];
  CandidateEvidence: CandidateEvidence;
  ChangeEvent: CommitEventModel;
  ChangeInput: ChangeInput;
  ChangeRecord: ChangeResultModel;
  Corroboration: Corroboration;
  Count: Count;
  CreateEntityInput: CreateEntityInput;
  CreateRelationInput: CreateRelationInput;
  CreateSourceInput: CreateSourceInput;
  DataStatus: DataStatusModel;
  DeleteEntityChange: DeleteEntityChange;
  DeleteEntityResult: DeleteEntityResult;
  DeleteRelationChange: DeleteRelationChange;
  DeleteRelationResult: DeleteRelationResult;
  Entity: EntityModel;
  EntityConnection: ConnectionParentModel;
  EntityEdge: EdgeParentModel;
  EntityKind: EntityKindModel;
  EntityPatch: EntityPatch;
  Evidence: EvidenceModel;
  EvidenceInput: EvidenceInput;
  Extractor: Extractor;
  Float: Scalars['Float']['output'];
  GraphFilter: GraphFilter;
  GraphStats: StatsParentModel;
  Hedge: Hedge;
  Hop: HopParentModel;
  ID: Scalars['ID']['output'];
  IdenticalMentions: Omit<IdenticalMentions, 'entity' | 'relations'> & { entity: ResolversParentTypes['Entity'], relations: Array<ResolversParentTypes['Relation']> };
  ImportGraphInput: ImportGraphInput;
  ImportLoss: ImportLoss;
  ImportMapping: ImportMapping;
  ImportMerge: ImportMerge;
  ImportReport: ImportReportModel;
  IngestCandidate: IngestCandidate;
  IngestCounts: IngestCounts;
  IngestMention: IngestMention;
  IngestReport: IngestReport;
  IngestSourceInput: IngestSourceInput;
  IngestedSource: IngestedSource;
  Int: Scalars['Int']['output'];
  Limits: Limits;
  LinkChoice: LinkChoice;
  Metrics: MetricsParentModel;
  Mutation: Record<PropertyKey, never>;
  OriginalDocument: OriginalDocument;
  PageInfo: PageInfo;
  Path: PathParentModel;
  Property: Property;
  ProposedEntity: ProposedEntity;
  Query: Record<PropertyKey, never>;
  Relation: RelationModel;
  RelationConnection: ConnectionParentModel;
  RelationEdge: EdgeParentModel;
  RelationFilter: RelationFilter;
  RelationPatch: RelationPatch;
  RelationType: RelationTypeModel;
  Review: Review;
  ReviewLogConnection: ReviewLogConnection;
  ReviewLogEdge: ReviewLogEdge;
  ReviewLogEntry: ReviewLogEntry;
  ReviewQueueFilter: ReviewQueueFilter;
  ReviewRelationChange: ReviewRelationChange;
  ReviewResult: Omit<ReviewResult, 'relations'> & { relations: Array<ResolversParentTypes['Relation']> };
  SearchHit: SearchHitParentModel;
  SentenceSpan: SentenceSpan;
  SkippedItem: SkippedItem;
  Source: SourceModel;
  String: Scalars['String']['output'];
  Subgraph: SubgraphParentModel;
  Subscription: Record<PropertyKey, never>;
  UpdateEntityChange: UpdateEntityChange;
  UpdateRelationChange: UpdateRelationChange;
  ValidationIssue: ValidationIssue;
  Viewer: Viewer;
  Vocabulary: VocabularyIndexModel;
};

export type ApplyChangesResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApplyChangesResult'] = ResolversParentTypes['ApplyChangesResult']> = {
  results?: Resolver<Array<ResolversTypes['ChangeRecord']>, ParentType, ContextType>;
  seq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Audit'] = ResolversParentTypes['Audit']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidateEvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CandidateEvidence'] = ResolversParentTypes['CandidateEvidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suffix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChangeEvent'] = ResolversParentTypes['ChangeEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ChangeRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeRecordResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChangeRecord'] = ResolversParentTypes['ChangeRecord']> = {
  deletedRelationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CorroborationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Corroboration'] = ResolversParentTypes['Corroboration']> = {
  evidence?: Resolver<ResolversTypes['CandidateEvidence'], ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['Extractor'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DataStatus'] = ResolversParentTypes['DataStatus']> = {
  appliedSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checksum?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  connected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  derivedVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ValidationIssue']>, ParentType, ContextType>;
  lagMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastCommitAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loadedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  writable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeleteEntityResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeleteEntityResult'] = ResolversParentTypes['DeleteEntityResult']> = {
  deletedRelations?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeleteRelationResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeleteRelationResult'] = ResolversParentTypes['DeleteRelationResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['Audit']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iso3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['Metrics'], ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<EntityRelationsArgs, 'direction' | 'first'>>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<Maybe<ResolversTypes['Audit']>, ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityKindResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityKind'] = ResolversParentTypes['EntityKind']> = {
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  extractor?: Resolver<Maybe<ResolversTypes['Extractor']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suffix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExtractorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Extractor'] = ResolversParentTypes['Extractor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  byKind?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HedgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Hedge'] = ResolversParentTypes['Hedge']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HopResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type IdenticalMentionsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IdenticalMentions'] = ResolversParentTypes['IdenticalMentions']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  surfaces?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportLossResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportLoss'] = ResolversParentTypes['ImportLoss']> = {
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportMappingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportMapping'] = ResolversParentTypes['ImportMapping']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  foreign?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mapsTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportMergeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportMerge'] = ResolversParentTypes['ImportMerge']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  foreign?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entitiesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesMerged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['ImportLoss']>, ParentType, ContextType>;
  mapping?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mappings?: Resolver<Array<ResolversTypes['ImportMapping']>, ParentType, ContextType>;
  merges?: Resolver<Array<ResolversTypes['ImportMerge']>, ParentType, ContextType>;
  relationsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IngestCandidateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestCandidate'] = ResolversParentTypes['IngestCandidate']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CandidateEvidence'], ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['Extractor'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hedge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointInTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestCounts'] = ResolversParentTypes['IngestCounts']> = {
  ambiguous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corroborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposedEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestMentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestMention'] = ResolversParentTypes['IngestMention']> = {
  choices?: Resolver<Array<ResolversTypes['LinkChoice']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  how?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestReport'] = ResolversParentTypes['IngestReport']> = {
  candidates?: Resolver<Array<ResolversTypes['IngestCandidate']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  corroborations?: Resolver<Array<ResolversTypes['Corroboration']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['IngestCounts'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['IngestMention']>, ParentType, ContextType>;
  proposedEntities?: Resolver<Array<ResolversTypes['ProposedEntity']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedItem']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IngestedSource'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IngestedSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestedSource'] = ResolversParentTypes['IngestedSource']> = {
  chars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  words?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LimitsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Limits'] = ResolversParentTypes['Limits']> = {
  cpuBudgetMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cpuWindowSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deadlineMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxAliases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxBodyBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxCost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxGraphLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxIngestChars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPathLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxQueryDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxQueuedTraversals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxTraversalsPerClient?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxVisited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateLimitPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LinkChoiceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LinkChoice'] = ResolversParentTypes['LinkChoice']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Metrics'] = ResolversParentTypes['Metrics']> = {
  betweenness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pagerank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyChanges?: Resolver<ResolversTypes['ApplyChangesResult'], ParentType, ContextType, RequireFields<MutationApplyChangesArgs, 'changes'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationCreateRelationArgs, 'input'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  deleteEntity?: Resolver<ResolversTypes['DeleteEntityResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'cascade' | 'id'>>;
  deleteRelation?: Resolver<ResolversTypes['DeleteRelationResult'], ParentType, ContextType, RequireFields<MutationDeleteRelationArgs, 'id'>>;
  importGraph?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'dryRun' | 'input'>>;
  ingestSource?: Resolver<ResolversTypes['IngestReport'], ParentType, ContextType, RequireFields<MutationIngestSourceArgs, 'dryRun' | 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  reviewRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationReviewRelationArgs, 'id' | 'status'>>;
  reviewRelations?: Resolver<ResolversTypes['ReviewResult'], ParentType, ContextType, RequireFields<MutationReviewRelationsArgs, 'applyToIdentical' | 'decision' | 'ids'>>;
  undoReview?: Resolver<ResolversTypes['ReviewResult'], ParentType, ContextType, RequireFields<MutationUndoReviewArgs, 'entry'>>;
  undoReviews?: Resolver<ResolversTypes['ReviewResult'], ParentType, ContextType, RequireFields<MutationUndoReviewsArgs, 'entries'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id' | 'patch'>>;
  updateRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationUpdateRelationArgs, 'id' | 'patch'>>;
};

export type OriginalDocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OriginalDocument'] = ResolversParentTypes['OriginalDocument']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type PropertyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposedEntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProposedEntity'] = ResolversParentTypes['ProposedEntity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dataStatus?: Resolver<ResolversTypes['DataStatus'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  graph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'limit'>>;
  identicalMentions?: Resolver<ResolversTypes['IdenticalMentions'], ParentType, ContextType, RequireFields<QueryIdenticalMentionsArgs, 'end' | 'relation'>>;
  limits?: Resolver<ResolversTypes['Limits'], ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'direction' | 'id' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'direction' | 'first' | 'from' | 'maxLength' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  reviewLog?: Resolver<ResolversTypes['ReviewLogConnection'], ParentType, ContextType, RequireFields<QueryReviewLogArgs, 'first'>>;
  reviewQueue?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first' | 'source'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['Vocabulary'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['Audit']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hedge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inverseLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointInTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<Maybe<ResolversTypes['Audit']>, ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationTypeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationType'] = ResolversParentTypes['RelationType']> = {
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inverseLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReviewLogConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewLogConnection'] = ResolversParentTypes['ReviewLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReviewLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewLogEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewLogEdge'] = ResolversParentTypes['ReviewLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewLogEntry'], ParentType, ContextType>;
};

export type ReviewLogEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewLogEntry'] = ResolversParentTypes['ReviewLogEntry']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ReviewResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewResult'] = ResolversParentTypes['ReviewResult']> = {
  entries?: Resolver<Array<ResolversTypes['ReviewLogEntry']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SentenceSpanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SentenceSpan'] = ResolversParentTypes['SentenceSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SkippedItemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SkippedItem'] = ResolversParentTypes['SkippedItem']> = {
  choices?: Resolver<Array<ResolversTypes['LinkChoice']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['SentenceSpan'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  original?: Resolver<Maybe<ResolversTypes['OriginalDocument']>, ParentType, ContextType>;
  pendingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retrieved?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changes?: SubscriptionResolver<ResolversTypes['ChangeEvent'], "changes", ParentType, ContextType, Partial<SubscriptionChangesArgs>>;
};

export type ValidationIssueResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValidationIssue'] = ResolversParentTypes['ValidationIssue']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VocabularyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Vocabulary'] = ResolversParentTypes['Vocabulary']> = {
  entityKinds?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  hedges?: Resolver<Array<ResolversTypes['Hedge']>, ParentType, ContextType>;
  relationTypes?: Resolver<Array<ResolversTypes['RelationType']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  ApplyChangesResult?: ApplyChangesResultResolvers<ContextType>;
  Audit?: AuditResolvers<ContextType>;
  CandidateEvidence?: CandidateEvidenceResolvers<ContextType>;
  ChangeEvent?: ChangeEventResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  Corroboration?: CorroborationResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  DataStatus?: DataStatusResolvers<ContextType>;
  DeleteEntityResult?: DeleteEntityResultResolvers<ContextType>;
  DeleteRelationResult?: DeleteRelationResultResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityKind?: EntityKindResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Extractor?: ExtractorResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Hedge?: HedgeResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  IdenticalMentions?: IdenticalMentionsResolvers<ContextType>;
  ImportLoss?: ImportLossResolvers<ContextType>;
  ImportMapping?: ImportMappingResolvers<ContextType>;
  ImportMerge?: ImportMergeResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  IngestCandidate?: IngestCandidateResolvers<ContextType>;
  IngestCounts?: IngestCountsResolvers<ContextType>;
  IngestMention?: IngestMentionResolvers<ContextType>;
  IngestReport?: IngestReportResolvers<ContextType>;
  IngestedSource?: IngestedSourceResolvers<ContextType>;
  Limits?: LimitsResolvers<ContextType>;
  LinkChoice?: LinkChoiceResolvers<ContextType>;
  Metrics?: MetricsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OriginalDocument?: OriginalDocumentResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  ProposedEntity?: ProposedEntityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationType?: RelationTypeResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewLogConnection?: ReviewLogConnectionResolvers<ContextType>;
  ReviewLogEdge?: ReviewLogEdgeResolvers<ContextType>;
  ReviewLogEntry?: ReviewLogEntryResolvers<ContextType>;
  ReviewResult?: ReviewResultResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SentenceSpan?: SentenceSpanResolvers<ContextType>;
  SkippedItem?: SkippedItemResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  ValidationIssue?: ValidationIssueResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Vocabulary?: VocabularyResolvers<ContextType>;
};

