import { foldText } from '../../model/ids.js';
import type { VocabularyIndex } from '../../model/rules.js';
import type { EntityKind, RelationType } from '../../model/vocabulary.js';
import { ImportInputError } from './errors.js';
import type { ImportMapping } from './mapping.js';

const snake = (s: string) => foldText(s).replace(/[^a-z]+/g, '_').replace(/^_+|_+$/g, '');
const pascal = (s: string) => foldText(s).split(/[^a-z]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');

/** The vocabulary kind a foreign kind names by itself: same id, same id in PascalCase, or same label. */
export function kindFor(foreign: string, vocab: VocabularyIndex): string | null {
  if (vocab.kinds.has(foreign)) return foreign;
  const p = pascal(foreign);
  if (vocab.kinds.has(p)) return p;
  const k = vocab.vocabulary.entityKinds.find((e) => foldText(e.label) === foldText(foreign));
  return k?.id ?? null;
}

/** The vocabulary type a foreign type names by itself: same id, snake_case id, label, or Wikidata property (P47, wdt:P47, an IRI ending in /P47). */
export function typeFor(foreign: string, vocab: VocabularyIndex): string | null {
  if (vocab.types.has(foreign)) return foreign;
  const s = snake(foreign);
  if (vocab.types.has(s)) return s;
  const pid = /(?:^|[/:])(P\d+)$/.exec(foreign)?.[1];
  for (const t of vocab.types.values()) {
    if (pid && t.wikidata === pid) return t.id;
    if (foldText(t.label) === foldText(foreign)) return t.id;
  }
  return null;
}

const PALETTE = ['#6d597a', '#b56576', '#355070', '#e56b6f', '#7f5539', '#588157', '#3a86ff', '#8338ec'];

/** A kind to add for a foreign kind (--add-to-vocabulary), or null when its name gives no valid id. */
export function newKind(foreign: string, file: string, n: number): EntityKind | null {
  const id = pascal(foreign);
  if (!/^[A-Z][A-Za-z]+$/.test(id)) return null;
  return { id, label: foreign, description: `Kind "${foreign}" added by the import of ${file}.`, color: PALETTE[n % PALETTE.length]! };
}

/** A relation type to add for a foreign type (--add-to-vocabulary), or null when its name gives no valid id. */
export function newType(foreign: string, file: string): RelationType | null {
  const id = snake(foreign);
  if (!/^[a-z]+(?:_[a-z]+)*$/.test(id)) return null;
  const label = id.replace(/_/g, ' ');
  return { id, label, inverseLabel: `inverse of ${label}`, symmetric: false, description: `Type "${foreign}" added by the import of ${file}.` };
}

/** Checks that every vocabulary id a mapping names exists (or will be added); errors name the mapping field. */
export function checkMappingTargets(mapping: ImportMapping, vocab: VocabularyIndex): void {
  const bad = (path: string, what: string, id: string, known: Iterable<string>) =>
    new ImportInputError(`"${id}" is not ${what} of the vocabulary (known: ${[...known].join(', ')})`, 'mapping', path, 'IMPORT_MAPPING');
  for (const [k, v] of Object.entries(mapping.kinds)) if (v !== null && !vocab.kinds.has(v)) throw bad(`$.kinds["${k}"]`, 'an entity kind', v, vocab.kinds);
  for (const [k, v] of Object.entries(mapping.types)) if (v !== null && !vocab.types.has(v)) throw bad(`$.types["${k}"]`, 'a relation type', v, vocab.types.keys());
  if (mapping.defaultKind && !vocab.kinds.has(mapping.defaultKind)) throw bad('$.defaultKind', 'an entity kind', mapping.defaultKind, vocab.kinds);
  if (mapping.defaultType && !vocab.types.has(mapping.defaultType)) throw bad('$.defaultType', 'a relation type', mapping.defaultType, vocab.types.keys());
}
