import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonPath } from '../server/model/issues.js';
import type { VocabularyIndex } from '../server/model/rules.js';
import { GoldFile } from './gold-schema.js';

/** The folder holding one sub-folder per gold set (text.txt + gold.json). */
export const GOLD_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'gold');

/** A gold set read from disk and checked: its text and its annotations. */
export interface GoldSet {
  name: string;
  text: string;
  gold: GoldFile;
}

/** Every problem in a gold file, each naming the file and the JSON path. */
export class GoldFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid gold data:\n${problems.map((p) => '  ' + p).join('\n')}`);
    this.name = 'GoldFileError';
  }
}

/** Names of the gold sets in `dir`, sorted. */
export function goldSetNames(dir = GOLD_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort();
}

/** Reads one gold set and validates it: the schema, then every offset and id against the text and the vocabulary. */
export function loadGoldSet(name: string, vocabulary: VocabularyIndex, dir = GOLD_DIR): GoldSet {
  const file = path.join(dir, name, 'gold.json');
  const shown = path.relative(process.cwd(), file);
  const text = readFileSync(path.join(dir, name, 'text.txt'), 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new GoldFileError([`${shown} $: invalid JSON: ${(e as Error).message}`]);
  }
  const parsed = GoldFile.safeParse(raw);
  if (!parsed.success) {
    throw new GoldFileError(parsed.error.issues.map((i) => `${shown} ${jsonPath(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${i.message}`));
  }
  const problems = checkAgainstText(parsed.data, text, vocabulary).map((p) => `${shown} ${p}`);
  if (parsed.data.set !== name) problems.push(`${shown} $.set: is "${parsed.data.set}" but the folder is "${name}"`);
  if (problems.length > 0) throw new GoldFileError(problems);
  return { name, text, gold: parsed.data };
}

/** Cross-record checks the schema cannot make: offsets against the text, ids against the entities and the vocabulary. */
export function checkAgainstText(gold: GoldFile, text: string, vocabulary: VocabularyIndex): string[] {
  const problems: string[] = [];
  const at = (segments: Array<string | number>, message: string) => problems.push(`${jsonPath(segments)}: ${message}`);
  const span = (segments: Array<string | number>, s: { start: number; end: number }, expected: string) => {
    if (s.end <= s.start || s.end > text.length) at(segments, `span ${s.start}..${s.end} is outside the text (${text.length} characters)`);
    else if (text.slice(s.start, s.end) !== expected) at(segments, `text at ${s.start}..${s.end} is "${text.slice(s.start, s.end)}", not "${expected}"`);
  };
  const ids = new Set<string>();
  gold.entities.forEach((e, i) => {
    if (ids.has(e.id)) at(['entities', i, 'id'], `duplicate entity id "${e.id}"`);
    ids.add(e.id);
    if (!vocabulary.kinds.has(e.kind)) at(['entities', i, 'kind'], `unknown entity kind "${e.kind}"`);
  });
  const entity = (segments: Array<string | number>, id: string) => {
    if (!ids.has(id)) at(segments, `"${id}" is not one of the set's entities`);
  };
  gold.mentions.forEach((m, i) => {
    span(['mentions', i], m, m.text);
    entity(['mentions', i, 'entity'], m.entity);
  });
  gold.unscored.forEach((u, i) => span(['unscored', i], u, u.text));
  const triples = new Map<string, number>();
  gold.relations.forEach((r, i) => {
    if (!vocabulary.types.has(r.type)) at(['relations', i, 'type'], `unknown relation type "${r.type}"`);
    const ends = vocabulary.types.get(r.type)?.symmetric && r.to < r.from ? [r.to, r.from] : [r.from, r.to];
    const triple = `${ends[0]} ${r.type} ${ends[1]}`;
    const first = triples.get(triple);
    if (first !== undefined) at(['relations', i], `repeats relations[${first}] (${triple}): add the evidence there instead`);
    else triples.set(triple, i);
    entity(['relations', i, 'from'], r.from);
    entity(['relations', i, 'to'], r.to);
    r.evidence.forEach((ev, j) => span(['relations', i, 'evidence', j], ev, ev.quote));
  });
  gold.negatives.forEach((n, i) => {
    if (!vocabulary.types.has(n.type)) at(['negatives', i, 'type'], `unknown relation type "${n.type}"`);
    entity(['negatives', i, 'from'], n.from);
    entity(['negatives', i, 'to'], n.to);
    span(['negatives', i], n, n.quote);
  });
  return problems;
}
