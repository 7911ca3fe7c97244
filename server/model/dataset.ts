import { createHash } from 'node:crypto';
import { parse as parseJsonc, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { foldText } from './ids.js';
import { DataValidationError, type ValidationIssue } from './issues.js';
import { fastEntity, fastRelation } from './fast-records.js';
import { JsonLocator } from './locate.js';
import { Entity, EntitiesFile, Relation, RelationsFile, SourceMeta, type Source } from './records.js';
import { checkEntity, checkRelation, issueAt, parseWith, VocabularyIndex, type Lookup, type Place } from './rules.js';
import { VocabularyFile } from './vocabulary.js';

/** The text of every data file, as read from disk (or built by a test). Paths are for messages only. */
export interface DatasetFiles {
  vocabulary: FileText;
  entityFiles: FileText[];
  relationFiles: FileText[];
  sources: Array<{ meta: FileText; text: FileText | null }>;
}
export interface FileText {
  file: string;
  text: string;
  /** The file's JSON, already parsed (a file assembled from database rows): `text` is then only read to locate an issue. */
  value?: unknown;
}

/** A validated dataset: records in file order, and which file each record came from. */
export interface ValidDataset {
  vocabulary: VocabularyIndex;
  sources: Map<string, Source>;
  /** Source id -> path of its metadata file. */
  sourceFiles: Map<string, string>;
  entities: Entity[];
  relations: Relation[];
  /** File path -> ids of the entities in it, in file order. */
  entityFiles: Map<string, Set<string>>;
  /** File path of each relation, in the order of `relations`. */
  relationFileOf: string[];
}

/**
 * JSON.parse for speed and compact strings (jsonc-parser's values are slices that would keep whole
 * file texts alive); jsonc-parser only to locate errors when parsing fails.
 */
function parseJson(f: FileText, issues: ValidationIssue[]): unknown {
  if (f.value !== undefined) return f.value;
  try {
    return JSON.parse(f.text);
  } catch {
    const errors: ParseError[] = [];
    parseJsonc(f.text, errors, { allowTrailingComma: false, disallowComments: true });
    const locator = new JsonLocator(() => f.text);
    const found = errors.length > 0 ? errors.slice(0, 5) : [{ error: 1, offset: 0, length: 0 } as unknown as ParseError];
    for (const e of found) {
      issues.push({ code: 'PARSE_ERROR', file: f.file, path: '$', ...locator.position(e.offset), message: `invalid JSON: ${errors.length > 0 ? printParseErrorCode(e.error) : 'cannot be parsed'}` });
    }
    return undefined;
  }
}

/**
 * Validates a whole dataset: every file's JSON and schema, then every cross-record rule (unknown ids,
 * duplicates, dangling relations, quotes at their offsets, alias conflicts). Collects every issue
 * rather than stopping at the first, so one run of `npm run validate` lists all that needs fixing.
 */
export function validateDataset(files: DatasetFiles): { dataset: ValidDataset; issues: [] } | { dataset: null; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];

  const vocabRaw = parseJson(files.vocabulary, issues);
  let vocabulary: VocabularyIndex | null = null;
  if (vocabRaw !== undefined) {
    const parsed = parseWith(VocabularyFile, vocabRaw, { file: files.vocabulary.file, path: [], locator: new JsonLocator(files.vocabulary.text) });
    if ('issues' in parsed) issues.push(...parsed.issues);
    else vocabulary = new VocabularyIndex(parsed.value);
  }

  const sources = new Map<string, Source>();
  const sourceFiles = new Map<string, string>();
  for (const s of files.sources) {
    const raw = parseJson(s.meta, issues);
    if (raw === undefined) continue;
    const place: Place = { file: s.meta.file, path: [], locator: new JsonLocator(s.meta.text) };
    const parsed = parseWith(SourceMeta, raw, place);
    if ('issues' in parsed) {
      issues.push(...parsed.issues);
      continue;
    }
    const { $schema: _schema, ...meta } = parsed.value;
    if (sources.has(meta.id)) {
      issues.push(issueAt(place, 'DUPLICATE_ID', `source id "${meta.id}" is also used by ${sourceFiles.get(meta.id)}`, ['id']));
      continue;
    }
    if (!s.text) {
      issues.push(issueAt(place, 'MISSING_TEXT', `the text of source "${meta.id}" is missing: expected a file ${meta.id}.txt beside ${s.meta.file}`, ['id']));
      continue;
    }
    if (meta.sha256 && sha256(s.text.text) !== meta.sha256) {
      issues.push(
        issueAt(place, 'TEXT_CHANGED', `the text in ${s.text.file} no longer matches the recorded sha256, so quote offsets may be wrong; restore the text, or re-check the quotes and record the new digest ${sha256(s.text.text)}`, ['sha256']),
      );
      // Still checked against the new text below, so the quotes it broke are listed too.
    }
    sources.set(meta.id, { ...meta, text: s.text.text });
    sourceFiles.set(meta.id, s.meta.file);
  }

  const entities: Array<{ record: Entity; place: Place }> = [];
  const entityFiles = new Map<string, Set<string>>();
  const entityById = new Map<string, Entity>();
  collect(files.entityFiles, EntitiesFile, 'entities', Entity, fastEntity, issues, (record, place, file) => {
    entityById.set(record.id, record);
    entities.push({ record, place });
    setOf(entityFiles, file).add(record.id);
  });

  const relations: Array<{ record: Relation; place: Place }> = [];
  const relationFileOf: string[] = [];
  collect(files.relationFiles, RelationsFile, 'relations', Relation, fastRelation, issues, (record, place, file) => {
    relations.push({ record, place });
    relationFileOf.push(file);
  });

  if (vocabulary) {
    const lookup: Lookup = {
      vocabulary,
      entity: (id) => entityById.get(id),
      source: (id) => sources.get(id),
      entityIds: () => entityById.keys(),
      sourceIds: () => sources.keys(),
    };
    for (const { record, place } of entities) issues.push(...checkEntity(record, place, lookup));
    issues.push(...aliasConflicts(entities));
    for (const { record, place } of relations) issues.push(...checkRelation(record, place, lookup));
  }

  if (issues.length > 0 || !vocabulary) return { dataset: null, issues };
  return {
    dataset: {
      vocabulary,
      sources,
      sourceFiles,
      entities: entities.map((e) => e.record),
      relations: relations.map((r) => r.record),
      entityFiles,
      relationFileOf,
    },
    issues: [],
  };
}

export function assertValid(files: DatasetFiles): ValidDataset {
  const result = validateDataset(files);
  if (!result.dataset) throw new DataValidationError(result.issues);
  return result.dataset;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function describe(place: Place): string {
  const pos = place.locator?.locate(place.path);
  return pos ? `line ${pos.line}` : place.path.join('.');
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  return s;
}

/**
 * Parses every record of every file of one kind; hands over the valid ones whose id is not taken yet.
 * `fast` accepts the common plain records without zod (null: zod decides, and words any error).
 */
function collect<T extends { id: string }>(
  list: FileText[],
  fileSchema: import('zod').ZodType<Record<string, unknown>>,
  key: 'entities' | 'relations',
  recordSchema: import('zod').ZodType<T>,
  fast: (item: unknown) => T | null,
  issues: ValidationIssue[],
  accept: (record: T, place: Place, file: string) => void,
): void {
  const seen = new Map<string, Place>();
  const what = key === 'entities' ? 'entity' : 'relation';
  for (const f of list) {
    const raw = parseJson(f, issues);
    if (raw === undefined) continue;
    const locator = new JsonLocator(() => f.text);
    const parsedFile = parseWith(fileSchema, raw, { file: f.file, path: [], locator });
    if ('issues' in parsedFile) {
      issues.push(...parsedFile.issues);
      continue;
    }
    const items = parsedFile.value[key] as unknown[];
    items.forEach((item, i) => {
      const place: Place = { file: f.file, path: [key, i], locator };
      let value = fast(item);
      if (value === null) {
        const parsed = parseWith(recordSchema, item, place);
        if ('issues' in parsed) {
          issues.push(...parsed.issues);
          return;
        }
        value = parsed.value;
      }
      const prior = seen.get(value.id);
      if (prior) {
        issues.push(issueAt(place, 'DUPLICATE_ID', `${what} id "${value.id}" is already used at ${prior.file} ${describe(prior)}`, ['id']));
        return;
      }
      seen.set(value.id, place);
      accept(value, place, f.file);
    });
  }
}

/** Two entities answering to the same folded name would make `entity(id:)` lookups ambiguous. */
function aliasConflicts(entities: Array<{ record: Entity; place: Place }>): ValidationIssue[] {
  const owner = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  for (const { record } of entities) owner.set(foldText(record.id), record.id);
  for (const { record, place } of entities) {
    const names: Array<[string, Array<string | number>]> = [[record.label, ['label']], ...record.aliases.map((a, i): [string, Array<string | number>] => [a, ['aliases', i]])];
    for (const [name, sub] of names) {
      const key = foldText(name);
      const other = owner.get(key);
      if (other !== undefined && other !== record.id) {
        issues.push(issueAt(place, 'ALIAS_CONFLICT', `"${name}" already names entity "${other}"; an alias must point to one entity`, sub));
      } else owner.set(key, record.id);
    }
  }
  return issues;
}
