import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Entity, EntitiesFile } from '../../../server/model/records.js';
import { ENTITIES_DIR } from '../../../server/store/layout.js';

/**
 * The entities of a data folder, read straight from its entity files (no relations, no store): the
 * cheap way to get the 100k entities of the large synthetic graph for the search bench. Each record
 * is checked with the data model's schema; a bad one is reported with its file and position.
 */
export function readEntities(dataDir: string): Entity[] {
  const dir = path.join(dataDir, ENTITIES_DIR);
  const out: Entity[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    const parsed = EntitiesFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: not an entities file (${parsed.error.issues[0]?.message})`);
    parsed.data.entities.forEach((raw, i) => {
      const e = Entity.safeParse(raw);
      if (!e.success) throw new Error(`${file}: entities[${i}]: ${e.error.issues[0]?.path.join('.')}: ${e.error.issues[0]?.message}`);
      out.push(e.data);
    });
  }
  return out;
}
