import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset, type DatasetFiles } from '../../server/model/dataset.js';
import { formatIssue } from '../../server/model/issues.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';

let pristine: DatasetFiles;
beforeAll(async () => {
  pristine = (await readDatasetFiles(GRAPH_DATA)).files;
});

const ARTICLE_RELATIONS = 'graph-data/relations/eu-central-asia-summit-2024.json';
const PLACES = 'graph-data/entities/places.json';

/** A copy of the dataset with one file's JSON changed by `edit`. */
function withEdit(file: string, edit: (json: any) => void): DatasetFiles {
  const copy: DatasetFiles = structuredClone(pristine);
  const f = [copy.vocabulary, ...copy.entityFiles, ...copy.relationFiles, ...copy.sources.map((s) => s.meta)].find((x) => x.file === file);
  if (!f) throw new Error(`no file ${file}`);
  const json = JSON.parse(f.text);
  edit(json);
  f.text = JSON.stringify(json, null, 2) + '\n';
  return copy;
}

function issuesOf(files: DatasetFiles) {
  const r = validateDataset(files);
  expect(r.dataset).toBeNull();
  return r.issues;
}

describe('validateDataset', () => {
  it('accepts the shipped dataset: ≥ 25 entities, ≥ 40 relations, every relation with evidence', () => {
    const r = validateDataset(pristine);
    expect(r.issues).toEqual([]);
    expect(r.dataset!.entities.length).toBeGreaterThanOrEqual(25);
    expect(r.dataset!.relations.length).toBeGreaterThanOrEqual(40);
    expect(r.dataset!.relations.every((rel) => rel.evidence.length >= 1)).toBe(true);
  });

  it('reports invalid JSON with file, line and column', () => {
    const copy: DatasetFiles = structuredClone(pristine);
    const f = copy.entityFiles.find((x) => x.file === PLACES)!;
    f.text = f.text.replace('"id": "kazakhstan",', '"id": "kazakhstan"');
    const [issue] = issuesOf(copy);
    expect(issue).toMatchObject({ code: 'PARSE_ERROR', file: PLACES });
    expect(issue!.line).toBe(f.text.slice(0, f.text.indexOf('"kind"', f.text.indexOf('"kazakhstan"'))).split('\n').length);
  });

  it('reports a schema violation at its JSON path and line', () => {
    const files = withEdit(ARTICLE_RELATIONS, (j) => (j.relations[2].confidence = 1.5));
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'SCHEMA', file: ARTICLE_RELATIONS, path: '$.relations[2].confidence' });
    const text = files.relationFiles.find((f) => f.file === ARTICLE_RELATIONS)!.text;
    expect(text.split('\n')[issues[0]!.line! - 1]).toContain('"confidence": 1.5');
    expect(formatIssue(issues[0]!)).toMatch(/^graph-data\/relations\/eu-central-asia-summit-2024\.json:\d+:\d+ \$\.relations\[2\]\.confidence: must be between 0 and 1 \[SCHEMA\]$/);
  });

  it('rejects unknown fields (typos do not pass silently)', () => {
    const issues = issuesOf(withEdit(PLACES, (j) => (j.entities[0].aliasses = ['x'])));
    expect(issues[0]).toMatchObject({ code: 'SCHEMA', path: '$.entities[0]', message: 'unknown field "aliasses"' });
  });

  it('names an unknown relation type and suggests the closest', () => {
    const issues = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[0].type = 'organised_by')));
    expect(issues[0]).toMatchObject({ code: 'UNKNOWN_ID', path: '$.relations[0].type' });
    expect(issues[0]!.message).toBe('unknown relation type "organised_by"; did you mean "organized_by"?');
  });

  it('names an unknown entity kind and an unknown source with suggestions', () => {
    expect(issuesOf(withEdit(PLACES, (j) => (j.entities[1].kind = 'Countri')))[0]!.message).toBe('unknown entity kind "Countri"; did you mean "Country"?');
    const src = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[0].evidence[0].source = 'eu-central-asia-summit-2025')))[0]!;
    expect(src).toMatchObject({ code: 'UNKNOWN_ID', path: '$.relations[0].evidence[0].source' });
    expect(src.message).toContain('did you mean "eu-central-asia-summit-2024"?');
  });

  it('reports a dangling relation whose end is not an entity', () => {
    const issues = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[0].to = 'european-unoin')));
    expect(issues[0]).toMatchObject({ code: 'DANGLING_RELATION', path: '$.relations[0].to' });
    expect(issues[0]!.message).toContain('did you mean "european-union"?');
  });

  it('reports duplicate ids with where the first one is', () => {
    const issues = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[1].id = j.relations[0].id)));
    expect(issues[0]).toMatchObject({ code: 'DUPLICATE_ID', path: '$.relations[1].id' });
    expect(issues[0]!.message).toMatch(/already used at graph-data\/relations\/eu-central-asia-summit-2024\.json line \d+/);
  });

  it('reports a quote not found verbatim at its offsets, and where it does occur', () => {
    const issues = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[0].evidence[0].start += 1)));
    expect(issues[0]).toMatchObject({ code: 'QUOTE_MISMATCH', path: '$.relations[0].evidence[0].quote' });
    expect(issues[0]!.message).toMatch(/The quote does occur at \d+–\d+/);
    const altered = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[0].evidence[0].quote = j.relations[0].evidence[0].quote.replace('summit', 'sumit'))));
    expect(altered[0]!.message).toContain('does not occur anywhere in the source text');
  });

  it('reports offsets outside the source text', () => {
    const issues = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => Object.assign(j.relations[0].evidence[0], { start: 99999, end: 100050 })));
    expect(issues[0]).toMatchObject({ code: 'QUOTE_OUT_OF_RANGE' });
  });

  it('reports impossible dates and contradictory times', () => {
    expect(issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[0].pointInTime = '2024-02-30')))[0]).toMatchObject({ code: 'SCHEMA', path: '$.relations[0].pointInTime' });
    const both = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => Object.assign(j.relations[0], { start: '2023' })))[0]!;
    expect(both).toMatchObject({ code: 'BAD_TIME', message: 'give either pointInTime or start/end, not both' });
    const order = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => { delete j.relations[0].pointInTime; Object.assign(j.relations[0], { start: '2025', end: '2024-06' }); }))[0]!;
    expect(order).toMatchObject({ code: 'BAD_TIME', message: 'start 2025 is after end 2024-06' });
  });

  it('reports an alias that names two entities', () => {
    const issues = issuesOf(withEdit(PLACES, (j) => j.entities.find((e: any) => e.id === 'russia').aliases.push('Türkiye')));
    expect(issues[0]).toMatchObject({ code: 'ALIAS_CONFLICT', file: PLACES });
    expect(issues[0]!.message).toBe('"Türkiye" already names entity "turkiye"; an alias must point to one entity');
  });

  it('reports a relation from an entity to itself', () => {
    const issues = issuesOf(withEdit(ARTICLE_RELATIONS, (j) => (j.relations[0].to = j.relations[0].from)));
    expect(issues.map((i) => i.code)).toContain('SELF_LOOP');
  });

  it('reports a source whose text file is missing', () => {
    const copy: DatasetFiles = structuredClone(pristine);
    copy.sources[0]!.text = null;
    const issues = issuesOf(copy);
    expect(issues[0]).toMatchObject({ code: 'MISSING_TEXT' });
  });

  it('reports a source text edited after its quotes were checked', () => {
    const copy: DatasetFiles = structuredClone(pristine);
    const article = copy.sources.find((s) => s.meta.file.endsWith('eu-central-asia-summit-2024.json'))!;
    article.text!.text = article.text!.text.replace('early 2024', 'early 2025');
    const issues = issuesOf(copy);
    expect(issues[0]).toMatchObject({ code: 'TEXT_CHANGED', path: '$.sha256' });
  });

  it('collects every issue in one run instead of stopping at the first', () => {
    const files = withEdit(ARTICLE_RELATIONS, (j) => {
      j.relations[0].type = 'nope';
      j.relations[1].confidence = -1;
      j.relations[2].to = 'nowhere';
    });
    expect(issuesOf(files).map((i) => i.code).sort()).toEqual(['DANGLING_RELATION', 'SCHEMA', 'UNKNOWN_ID']);
  });
});
