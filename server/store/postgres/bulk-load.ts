import type pg from 'pg';

const TABLES = ['corridor_entities', 'corridor_relations', 'corridor_evidence', 'corridor_reviews'];

/**
 * Runs `load` (COPYs into empty tables, inside the caller's transaction) with the tables' foreign
 * keys and secondary indexes set aside, then puts them back. PostgreSQL then checks each key once, as
 * one join over the whole table, and builds each index in one sort, instead of a check and an index
 * insertion per row (with deferred keys, a queue of a million pending checks held until COMMIT). The
 * definitions are read from the catalog, so whatever the migrations define is what is restored; a
 * row that breaks a key fails the restore, and with it the whole transaction.
 */
export async function withKeysSetAside(client: pg.ClientBase, load: () => Promise<void>): Promise<void> {
  const keys = await client.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1::text[])`,
    [TABLES],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid::regclass::text = ANY($1::text[]) AND NOT i.indisprimary AND NOT i.indisunique`,
    [TABLES],
  );
  for (const k of keys.rows) await client.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${quote(k.name)}`);
  for (const ix of indexes.rows) await client.query(`DROP INDEX ${quote(ix.name)}`);
  await load();
  for (const ix of indexes.rows) await client.query(ix.def);
  for (const k of keys.rows) await client.query(`ALTER TABLE ${k.table} ADD CONSTRAINT ${quote(k.name)} ${k.def}`);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
