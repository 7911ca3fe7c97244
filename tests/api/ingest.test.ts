import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../server/model/dataset.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { realServer } from '../helpers/server.js';

const TOKEN = 'ingest-token-0123456789abcdef';
const ARTICLE = `Brussels and Tashkent agree on raw materials

The European Union signed a memorandum of understanding with Uzbekistan on critical raw materials in April 2024. Uzbekistan borders Afghanistan. Kazakhstan is a member of the Shanghai Cooperation Organisation. Kyrgyzstan is a member of the Eurasian Economic Union. Tajikistan did not sign the agreement with the European Union.
`;
const HTML = `<!doctype html><html lang="en"><head><title>Kazakhstan joins the Shanghai Cooperation Organisation talks</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav>
<article><h1>Kazakhstan joins the talks</h1>
<p>Kazakhstan is a member of the Shanghai Cooperation Organisation, officials in Astana confirmed on Monday after a long meeting.</p>
<p>Turkmenistan borders Afghanistan, and the two governments discussed security along the frontier during the same week.</p>
</article>
<footer><p>Copyright 2024 Example Media Group. All rights reserved.</p><p>Privacy policy and cookie settings</p></footer>
</body></html>`;

const INGEST = `mutation($input: IngestSourceInput!, $dryRun: Boolean) { ingestSource(input: $input, dryRun: $dryRun) {
  committed version source { id title sha256 chars sentences }
  mentions { start end text entity proposed how confidence choices { id } }
  proposedEntities { id label kind aliases origin mentions }
  candidates { id type from to confidence hedge pointInTime evidence { source quote start end prefix suffix } extractor { name version rule } }
  corroborations { relation type from to evidence { quote start end } }
  skipped { reason detail sentence { index text } choices { id } }
  counts { mentions linked ambiguous proposedEntities candidates corroborations skipped } } }`;

let server: Awaited<ReturnType<typeof realServer>>;
beforeAll(async () => {
  server = await realServer([], { CORRIDOR_TOKENS: `ingester:editor:${TOKEN}`, CORRIDOR_MAX_INGEST_CHARS: '5000' });
});
afterAll(() => server.close());

const gql = async (query: string, variables?: object, token: string | null = TOKEN) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
};
const ingest = (input: object, dryRun = false, token?: string | null) => gql(INGEST, { input, dryRun }, token);

/** Every file of the stored data with its content, to show that a refused or dry-run ingest wrote nothing. */
async function snapshot(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const root = await server.saved();
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else out.set(path.relative(root, full), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return out;
}

/** Subscribes to `changes` over Server-Sent Events and collects every event until stopped. */
async function watchChanges() {
  const controller = new AbortController();
  const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('subscription { changes { kind version by changes { op id relationIds entityIds sourceIds } } }')}`, {
    headers: { accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const events: any[] = [];
  const reader = res.body!.getReader();
  let text = '';
  const reading = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += new TextDecoder().decode(value);
        let m: RegExpExecArray | null;
        while ((m = /event: next\ndata: (.+)\n/.exec(text))) {
          events.push(JSON.parse(m[1]!).data.changes);
          text = text.slice(m.index + m[0].length);
        }
      }
    } catch {
      // aborted
    }
  })();
  await new Promise((r) => setTimeout(r, 100));
  return { events, stop: async () => (controller.abort(), await reading) };
}

describe('ingestSource', () => {
  it('a dry run returns the report and writes nothing', async () => {
    const before = (await snapshot());
    const { data, errors } = await ingest({ text: ARTICLE, publisher: 'Example News', published: '2024-04-12' }, true);
    expect(errors).toBeUndefined();
    const report = data.ingestSource;
    expect(report).toMatchObject({ committed: false, version: null, source: { id: 'brussels-and-tashkent-agree-on-raw-materials', title: 'Brussels and Tashkent agree on raw materials' } });
    expect(report.source.sha256).toBe(createHash('sha256').update(ARTICLE).digest('hex'));
    expect(report.candidates.length).toBeGreaterThan(0);
    for (const c of report.candidates) expect(ARTICLE.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    expect(report.skipped.some((s: any) => s.reason === 'negated')).toBe(true);
    expect((await snapshot())).toEqual(before);
    expect((await gql('{ source(id: "brussels-and-tashkent-agree-on-raw-materials") { id } }')).data.source).toBeNull();
  });

  it('commits the source, proposed entities and extracted relations in one commit that the changes subscription announces', async () => {
    const watch = await watchChanges();
    const { data, errors } = await ingest({ text: ARTICLE, publisher: 'Example News', published: '2024-04-12', fileName: 'tashkent.txt' });
    expect(errors).toBeUndefined();
    const report = data.ingestSource;
    expect(report.committed).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    await watch.stop();
    expect(watch.events).toHaveLength(1);
    expect(watch.events[0]).toMatchObject({ kind: 'COMMIT', version: report.version, by: 'ingester' });
    expect(watch.events[0].changes[0]).toMatchObject({ op: 'createSource', sourceIds: [report.source.id] });

    const id = report.source.id;
    const stored = readFileSync(path.join(await server.saved(), 'sources', `${id}.txt`), 'utf8');
    expect(stored).toBe(ARTICLE);
    expect(JSON.parse(readFileSync(path.join(await server.saved(), 'sources', `${id}.json`), 'utf8'))).toMatchObject({ id, kind: 'article', fileName: 'tashkent.txt', published: '2024-04-12', created: { by: 'ingester' } });

    const q = await gql(`{ source(id: "${id}") { pendingCount relationCount fileName original { file } } }`);
    expect(q.data.source).toMatchObject({ pendingCount: report.candidates.length, fileName: 'tashkent.txt', original: null });
    expect(q.data.source.relationCount).toBe(report.candidates.length + report.corroborations.length);
    for (const c of report.candidates) {
      const r = (await gql(`{ relation(id: "${c.id}") { status confidence sourceCount from { id status } to { id status } evidence { quote start end extractor { rule } } } }`)).data.relation;
      expect(r).toMatchObject({ status: 'extracted', confidence: c.confidence, sourceCount: 1, evidence: [{ quote: c.evidence.quote, start: c.evidence.start, extractor: { rule: c.extractor.rule } }] });
    }
    const proposedUsed = report.proposedEntities.filter((p: any) => report.candidates.some((c: any) => c.from === p.id || c.to === p.id));
    expect(proposedUsed.length).toBeGreaterThan(0);
    for (const p of proposedUsed) expect((await gql(`{ entity(id: "${p.id}") { status label } }`)).data.entity).toEqual({ status: 'proposed', label: p.label });
    for (const c of report.corroborations) {
      const r = (await gql(`{ relation(id: "${c.relation}") { sourceCount evidence { source { id } } } }`)).data.relation;
      expect(r.sourceCount).toBeGreaterThanOrEqual(2);
      expect(r.evidence.map((e: any) => e.source.id)).toContain(id);
    }

    // Every stored quote is at its offsets: the files on disk pass the same validation as at start.
    const check = validateDataset((await readDatasetFiles(await server.saved())).files);
    expect(check.issues).toEqual([]);
  });

  it('refuses the same text again with DUPLICATE_SOURCE naming the source, and writes nothing', async () => {
    const before = (await snapshot());
    const { errors } = await ingest({ text: ARTICLE, title: 'Another title' });
    expect(errors![0].extensions).toMatchObject({ code: 'DUPLICATE_SOURCE', field: 'text' });
    expect(errors![0].message).toContain('"brussels-and-tashkent-agree-on-raw-materials"');
    expect((await snapshot())).toEqual(before);
  });

  it.each([
    ['empty text', { text: '   \n ', title: 'Nothing' }, 'EMPTY_TEXT', 'text'],
    ['a bad date', { text: 'Kazakhstan borders China.', title: 'Dates', published: '2024-02-31' }, 'BAD_METADATA', 'published'],
    ['a bad URL', { text: 'Kazakhstan borders China.', title: 'Links', url: 'not a url' }, 'BAD_METADATA', 'url'],
  ])('refuses %s with a clear error naming the field, and writes nothing', async (_what, input, code, field) => {
    const before = (await snapshot());
    const { errors } = await ingest(input);
    expect(errors![0].extensions).toMatchObject({ code, field });
    expect(errors![0].message).toContain(`input.${field}`);
    expect((await snapshot())).toEqual(before);
  });

  it('refuses without a token, and a text over the configured size', async () => {
    const anonymous = await ingest({ text: 'Kazakhstan borders China.', title: 'No token' }, false, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const dryAnonymous = await ingest({ text: 'Kazakhstan borders China.', title: 'No token' }, true, null);
    expect(dryAnonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const big = await ingest({ text: 'Kazakhstan borders China. '.repeat(300), title: 'Big' });
    expect(big.status).toBe(413);
    expect(big.errors![0].extensions).toMatchObject({ code: 'TEXT_TOO_LARGE', limit: 5000 });
    expect((await gql('{ limits { maxIngestChars } }')).data.limits.maxIngestChars).toBe(5000);
  });

  it('reads HTML: stores the main text without navigation or footer, takes the <title>, and keeps the original beside it', async () => {
    const { data, errors } = await ingest({ text: HTML, format: 'html', fileName: 'talks.html' });
    expect(errors).toBeUndefined();
    const { source } = data.ingestSource;
    expect(source.title).toBe('Kazakhstan joins the Shanghai Cooperation Organisation talks');
    const text = readFileSync(path.join(await server.saved(), 'sources', `${source.id}.txt`), 'utf8');
    expect(text).toContain('Kazakhstan is a member of the Shanghai Cooperation Organisation, officials in Astana confirmed on Monday after a long meeting.\n\nTurkmenistan borders Afghanistan');
    for (const boilerplate of ['Subscribe', 'World news', 'Copyright', 'Privacy']) expect(text).not.toContain(boilerplate);
    const original = path.join(await server.saved(), 'sources', `${source.id}.html`);
    expect(existsSync(original)).toBe(true);
    expect(readFileSync(original, 'utf8')).toBe(HTML);
    const q = (await gql(`{ source(id: "${source.id}") { text original { file mediaType sha256 } } }`)).data.source;
    expect(q.text).toBe(text);
    expect(q.original).toEqual({ file: `${source.id}.html`, mediaType: 'text/html', sha256: createHash('sha256').update(HTML).digest('hex') });
    for (const c of data.ingestSource.candidates) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
  });
});
