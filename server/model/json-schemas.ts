import { z } from 'zod';
import { Entity, Relation, SourceMeta } from './records.js';
import { VocabularyFile } from './vocabulary.js';

/**
 * JSON Schemas of the data files, generated from the zod schemas (the single definition), so editors
 * that read "$schema" check and complete hand edits. `npm run codegen` writes them to
 * graph-data/schema/ (a test fails when they are stale); `npm run db:export` writes them beside the
 * exported files.
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

/** The text of a schema file, as written. */
export const jsonSchemaText = (schema: unknown) => JSON.stringify(schema, null, 2) + '\n';
