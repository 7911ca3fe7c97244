-- Corridor's graph in PostgreSQL: the records of a data folder, one row each, with the constraints the
-- validator checks also enforced here, and the change log replicas follow.
-- Record texts are kept as `json` (not jsonb) so a record reads back byte for byte as it was written,
-- and `db:export` writes the folder's canonical files again.

CREATE TABLE corridor_vocabulary (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  document text NOT NULL -- vocabulary.json, byte for byte
);
CREATE TABLE corridor_entity_kinds (id text PRIMARY KEY);
CREATE TABLE corridor_relation_types (id text PRIMARY KEY);

CREATE TABLE corridor_sources (
  id text PRIMARY KEY,
  meta json NOT NULL,     -- sources/<id>.json, byte for byte
  text text NOT NULL,     -- sources/<id>.txt, byte for byte
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  original_file text,     -- the HTML or Markdown an ingested text was extracted from
  original text,
  version bigint NOT NULL,
  CHECK ((original_file IS NULL) = (original IS NULL))
);

CREATE TABLE corridor_entities (
  id text PRIMARY KEY,
  kind text NOT NULL REFERENCES corridor_entity_kinds (id) DEFERRABLE INITIALLY DEFERRED,
  status text CHECK (status IN ('reviewed', 'proposed')),
  file text NOT NULL,     -- entities/<name>.json the record belongs in
  ord bigint NOT NULL,    -- its place in that file
  record json NOT NULL,
  version bigint NOT NULL -- seq of the change that last wrote it (0: imported)
);

CREATE TABLE corridor_relations (
  id text PRIMARY KEY,
  type text NOT NULL REFERENCES corridor_relation_types (id) DEFERRABLE INITIALLY DEFERRED,
  from_id text NOT NULL REFERENCES corridor_entities (id) DEFERRABLE INITIALLY DEFERRED,
  to_id text NOT NULL REFERENCES corridor_entities (id) DEFERRABLE INITIALLY DEFERRED,
  status text NOT NULL CHECK (status IN ('reviewed', 'extracted', 'rejected')),
  confidence double precision CHECK (confidence >= 0 AND confidence <= 1),
  file text NOT NULL,
  ord bigint NOT NULL,
  record json NOT NULL,
  version bigint NOT NULL
);
CREATE INDEX corridor_relations_from ON corridor_relations (from_id);
CREATE INDEX corridor_relations_to ON corridor_relations (to_id);

-- Every evidence item's source, so a relation cannot cite a source that is not stored.
CREATE TABLE corridor_evidence (
  relation_id text NOT NULL REFERENCES corridor_relations (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position integer NOT NULL CHECK (position >= 0),
  source_id text NOT NULL REFERENCES corridor_sources (id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (relation_id, position)
);
CREATE INDEX corridor_evidence_source ON corridor_evidence (source_id);

CREATE TABLE corridor_reviews (
  id text PRIMARY KEY,
  source_id text NOT NULL REFERENCES corridor_sources (id) DEFERRABLE INITIALLY DEFERRED,
  relation_id text NOT NULL,
  ord bigint NOT NULL,
  record json NOT NULL,
  version bigint NOT NULL
);

-- One row per commit: what it wrote (the records after it), who and when. `horizon` is the snapshot
-- xmax taken as the commit's last statement: a replica reads a row only once every transaction below
-- it has ended (horizon < xmin of its snapshot), which makes the cursor gap-free (see postgres/follow.ts).
CREATE TABLE corridor_changes (
  seq bigint PRIMARY KEY,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  horizon xid8 NOT NULL DEFAULT pg_snapshot_xmax(pg_current_snapshot()),
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  changes json NOT NULL
);
CREATE SEQUENCE corridor_change_seq OWNED BY corridor_changes.seq;
CREATE INDEX corridor_changes_horizon ON corridor_changes (horizon);
