import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Entity, Relation, SourceMeta } from '../server/model/records.js';
import { VocabularyFile } from '../server/model/vocabulary.js';

/**
 * JSON Schemas of the data files, generated from the zod schemas (the single definition), so editors
 * that read "$schema" check and complete hand edits. `npm run codegen` rewrites them; a test fails
 * when they are stale.
 */
export function jsonSchemas(): Record<string, unknown> {
  const file = (key: string, record: z.ZodType) => z.toJSONSchema(z.strictObject({ $schema: z.string().optional(), [key]: z.array(record) }), { io: 'input' });
  return {
    'entities.schema.json': file('entities', Entity),
    'relations.schema.json': file('relations', Relation),
    'source.schema.json': z.toJSONSchema(SourceMeta, { io: 'input' }),
    'vocabulary.schema.json': z.toJSONSchema(VocabularyFile, { io: 'input' }),
  };
}

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'graph-data', 'schema');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(path.join(SCHEMA_DIR, name), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${Object.keys(jsonSchemas()).length} JSON Schemas to graph-data/schema/`);
}
