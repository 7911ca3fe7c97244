import path from 'node:path';

/**
 * Where things live inside a data folder. Every file is plain JSON (or the byte-exact text of a
 * source) so curators can review changes in git.
 *
 *   vocabulary.json           entity kinds, relation types, hedges
 *   sources/<id>.json         a source's metadata     sources/<id>.txt  its full text
 *   sources/<id>.html|.md     the original an ingested HTML or Markdown text was extracted from
 *   entities/<name>.json      { "entities": [ … ] }   any number of files
 *   relations/<name>.json     { "relations": [ … ] }  any number of files
 *   reviews/<source-id>.json  { "reviews": [ … ] }    the review decisions on relations of a source,
 *                             oldest first, each with the relation before and after (for undo)
 */
export const VOCABULARY_FILE = 'vocabulary.json';
export const SOURCES_DIR = 'sources';
export const ENTITIES_DIR = 'entities';
export const RELATIONS_DIR = 'relations';
export const REVIEWS_DIR = 'reviews';
/** Journal of a multi-file commit in progress; see store/files/commit.ts. */
export const JOURNAL_FILE = '.corridor-journal.json';
export const TEMP_SUFFIX = '.corridor-tmp';

/** File that a new entity is written to: one file per kind, e.g. entities/country.json. */
export function fileForNewEntity(kind: string): string {
  return `${ENTITIES_DIR}/${kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.json`;
}

/** File that a new relation is written to: relations grouped by the source of their first evidence. */
export function fileForNewRelation(sourceId: string): string {
  return `${RELATIONS_DIR}/${sourceId}.json`;
}

export function sourceMetaFile(id: string): string {
  return `${SOURCES_DIR}/${id}.json`;
}
export function sourceTextFile(id: string): string {
  return `${SOURCES_DIR}/${id}.txt`;
}
/** Extensions of the originals kept beside an ingested source's text, by media type. */
export const ORIGINAL_EXTENSIONS: Record<string, string> = { 'text/html': 'html', 'text/markdown': 'md' };
export function sourceOriginalFile(fileName: string): string {
  return `${SOURCES_DIR}/${fileName}`;
}
export function reviewsFile(sourceId: string): string {
  return `${REVIEWS_DIR}/${sourceId}.json`;
}

/** Paths in messages are shown relative to the data folder's parent ("graph-data/relations/x.json"). */
export function displayPath(dataDir: string, rel: string): string {
  return path.join(path.basename(path.resolve(dataDir)), rel);
}
