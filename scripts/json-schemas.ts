import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas, jsonSchemaText } from '../server/model/json-schemas.js';

export { jsonSchemas };

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'graph-data', 'schema');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(path.join(SCHEMA_DIR, name), jsonSchemaText(schema));
  console.log(`wrote ${Object.keys(jsonSchemas()).length} JSON Schemas to graph-data/schema/`);
}
