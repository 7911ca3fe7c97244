import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { decodeDocumentBytes } from '../../server/ingest/document-bytes.js';
import { readDocument } from '../../server/ingest/document.js';
import { IngestError } from '../../server/ingest/errors.js';
import { ingestDocument } from '../../server/ingest/ingest-document.js';
import { ingestText, type IngestReport } from '../../server/ingest/pipeline.js';
import { splitSentences } from '../../server/ingest/sentences.js';
import { assertValid } from '../../server/model/dataset.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { GRAPH_DATA, ROOT } from '../helpers/data-dir.js';
import { refusal } from '../helpers/ingest-graph.js';

const kg = KnowledgeGraph.fromDataset(assertValid((await readDatasetFiles(GRAPH_DATA)).files));

/** mulberry32: a small seeded generator, so a failing case reproduces from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const NAMES = ['Kazakhstan', 'the European Union', 'the EU', 'Uzbekistan', 'China', 'Russia', 'Astana', 'Brussels', 'Kazakhstan’s', 'Kyrgyz', 'Turkmenistan', 'Global Gateway', 'Tajikistan', 'the Middle Corridor', 'Azerbaijan', 'Ursula von der Leyen', 'Qazaqstan', 'KAZAKHSTAN', 'Ташкент', '中国'];
const TRIGGERS = ['signed a transit agreement with', 'is a member of', 'borders', 'is a key trading partner of', 'aims to invest in', 'did not sign a deal with', 'counterbalances', 'cooperates with', 'said', 'met'];
const ODD = ['😀', '𝐀𝐁', 'e\u0301', '\u00a0', '\u200b', '\u200d', '\t', '\r\n', '\r', '“', '”', '’', '—', '…', '\ufeff', '🇰🇿', 'Пре́зидент', '中亚峰会', '\u2028', '•', '  '];
const LIST_START = ['- ', '* ', '• ', '1. ', '2) ', '— '];
const END = ['.', '!', '?', '', '', '…', '."', '.”', ';'];

/** A random sentence-ish string: names, triggers and odd characters strung together. */
function fragment(r: ReturnType<typeof generator>): string {
  const parts: string[] = [];
  const n = 1 + r.int(8);
  for (let i = 0; i < n; i++) {
    const roll = r.next();
    if (roll < 0.35) parts.push(r.pick(NAMES));
    else if (roll < 0.6) parts.push(r.pick(TRIGGERS));
    else if (roll < 0.8) parts.push(r.pick(ODD));
    else parts.push(r.pick(['in November 2022', 'since 2023', 'Pres.', 'bn.', 'U.S.', 'e.g.', 'and', 'the', ',', '(', ')', '"', '$1.2', '50%']));
  }
  const sep = () => r.pick([' ', ' ', ' ', '', '\u00a0', '\t', '\u200b']);
  let s = parts.join(sep());
  if (r.next() < 0.15) s = s.toUpperCase();
  if (r.next() < 0.2) s = r.pick(LIST_START) + s;
  return s + r.pick(END);
}

/** A random text of up to a few dozen fragments, joined by spaces or line breaks of every kind. */
function randomText(seed: number): string {
  const r = generator(seed);
  const out: string[] = [];
  const n = 1 + r.int(30);
  for (let i = 0; i < n; i++) out.push(fragment(r), r.pick([' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u2029', '']));
  return out.join('');
}

/** Two line breaks (CRLF counted once) with only spaces between. */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|[\n\u2028\u2029])[^\S\r\n\u2028\u2029]*(?:\r\n|\r(?!\n)|[\n\u2028\u2029])/;

/** Every offset the report holds points at its own text, inside the sentence it claims. */
function expectConsistent(text: string, report: IngestReport): void {
  const ctx = (what: string) => `${what} in ${JSON.stringify(text.slice(0, 120))}`;
  const sentences = splitSentences(text);
  expect(report.source.sentences).toBe(sentences.length);
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text, ctx('sentence over a blank line')).not.toMatch(BLANK_LINE);
  }
  for (const m of report.mentions) {
    expect(text.slice(m.start, m.end), ctx('mention')).toBe(m.text);
    expect(m.start, ctx('mention start')).toBeLessThan(m.end);
    const s = sentences[m.sentence]!;
    expect(m.start >= s.start && m.end <= s.end, ctx(`mention "${m.text}" inside sentence ${m.sentence}`)).toBe(true);
  }
  // A quote lies in one sentence, or reaches back into the one before (a relation across two sentences).
  const within = (start: number, end: number) => {
    const last = sentences.findIndex((b) => b.start < end && end <= b.end);
    return last >= 0 && start >= sentences[Math.max(0, last - 1)]!.start;
  };
  for (const c of report.candidates) {
    const e = c.evidence;
    expect(text.slice(e.start, e.end), ctx('candidate')).toBe(e.quote);
    expect(within(e.start, e.end), ctx(`quote "${e.quote}" inside its sentence (or two)`)).toBe(true);
    expect(text.slice(0, e.start).endsWith(e.prefix), ctx('prefix')).toBe(true);
    expect(text.slice(e.end).startsWith(e.suffix), ctx('suffix')).toBe(true);
  }
  for (const c of report.corroborations) expect(text.slice(c.evidence.start, c.evidence.end), ctx('corroboration')).toBe(c.evidence.quote);
  for (const s of report.skipped) expect(text.slice(s.sentence.start, s.sentence.end), ctx('skipped')).toBe(s.sentence.text);
}

/** Runs the pipeline; an IngestError is a refusal (allowed), anything else fails the test. */
function ingestOrRefuse(text: string): IngestReport | IngestError {
  try {
    return ingestText(kg, text, { title: 'Robustness case' }).report;
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw new Error(`ingestText threw on ${JSON.stringify(text.slice(0, 300))}: ${(e as Error).stack}`);
  }
}

describe('ingestText on random and adversarial texts', () => {
  it('never throws and keeps every quote at its offsets (250 seeded texts)', () => {
    for (let seed = 1; seed <= 250; seed++) {
      const text = randomText(seed);
      const out = ingestOrRefuse(text);
      if (out instanceof IngestError) {
        expect(out.code, `seed ${seed}`).toBe('EMPTY_TEXT');
        continue;
      }
      expectConsistent(text, out);
    }
  });
});

describe('ingestText on texts at the edges', () => {
  const ok = (text: string) => {
    const out = ingestOrRefuse(text);
    if (out instanceof IngestError) throw out;
    expectConsistent(text, out);
    return out;
  };

  it('reads one word, no final punctuation at all, a long sentence without a full stop, and a 200,000-character text', () => {
    expect(ok('Kazakhstan').mentions.map((m) => m.entity)).toEqual(['kazakhstan']);
    expect(ok('Kazakhstan signed a transit agreement with Azerbaijan\nUzbekistan trades with Armenia').source.sentences).toBe(2);
    const long = Array.from({ length: 2000 }, (_, i) => ['Kazakhstan', 'cooperates with', 'the EU', 'and', 'China', 'borders', 'Russia', 'and'][i % 8]).join(' ');
    expect(ok(long).source.sentences).toBe(1);
    const big = 'Kazakhstan signed a transit agreement with Azerbaijan in November 2022. The EU aims to invest in Uzbekistan. '.repeat(1900);
    expect(big.length).toBeGreaterThan(200_000);
    expect(ok(big).source.sentences).toBe(3800);
  });

  it('splits at a lone CR, U+2028 and U+2029, and at blank lines holding only a zero-width space (bugs found)', () => {
    const texts = ['Kazakhstan signs deal\r\rThe EU agreed it.\rChina was silent', 'Kazakhstan signs deal\u2029The EU agreed it.\u2028China was silent', 'Kazakhstan signs deal\n\u200b\nThe EU agreed it.\nChina was silent'];
    for (const text of texts) expect(splitSentences(text).map((s) => s.text)).toEqual(['Kazakhstan signs deal', 'The EU agreed it.', 'China was silent']);
  });

  it('reads numbered list items as sentences without their numbers (bug found: "1." was a sentence of its own)', () => {
    expect(splitSentences('1. Kazakhstan signs deal\n2. The EU agreed\n3) China was silent').map((s) => s.text)).toEqual(['Kazakhstan signs deal', 'The EU agreed', 'China was silent']);
  });

  it('keeps a zero-width space that touches a name inside the sentence that holds the name', () => {
    const text = 'AZERBAIJAN\u200b 🇰🇿MET. Kazakh\u200bstan signed a transit agreement with Azerbaijan.';
    ok(text);
  });

  it('reads curly apostrophes, all-caps headlines and Cyrillic and Chinese passages inside English', () => {
    const text = 'KAZAKHSTAN AND EU SIGN DEAL\n\nKazakhstan’s president said Kazakhstan signed a transit agreement with Azerbaijan. Казахстан подписал соглашение. 哈萨克斯坦与阿塞拜疆签署了协议。 China borders Kazakhstan.';
    const report = ok(text);
    expect(report.candidates.length + report.corroborations.length).toBeGreaterThan(0);
  });
});

const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/unit/fixtures/ingest', name), 'utf8');

describe('HTML as news sites serve it', () => {
  const html = fixture('news-page.html');

  it('keeps the article, paragraph by paragraph, with entities decoded, and drops banners, navigation, asides, scripts and footer', () => {
    const doc = readDocument(html, 'html');
    expect(doc).toMatchObject({ title: 'Kazakhstan and EU sign raw materials deal', language: 'en', published: '2024-11-07', original: { mediaType: 'text/html', text: html } });
    expect(doc.text).toContain('\n\nASTANA, Nov 7 – Kazakhstan signed a memorandum of understanding with the European Union on critical raw materials on Thursday, the ministry of industry said.\n\n');
    expect(doc.text).toContain('The agreement covers rare earths, lithium and green hydrogen.\nIt follows talks held in Brussels in May.\n\n');
    expect(doc.text).toContain('“This is a strategic partnership for both sides,” said the minister.');
    expect(doc.text).toContain('Kazakhstan’s exports to the EU grew by 12 % last year, according to Eurostat. Trade & investment talks will continue in 2025.');
    expect(doc.text).toContain('\n\nRare earths: 15 deposits\n\nLithium: two projects\n\nYear | Trade (EUR bn)\n\n2022 | 39.2\n\n');
    expect(doc.text).toContain('Officials at the signing ceremony in Astana.');
    for (const noise of ['cookies', 'Accept all', 'Politics', 'Subscribe', 'Related stories', 'Turkmenistan opens', 'All rights reserved', 'dataLayer', 'font-family', 'pixel']) expect(doc.text).not.toContain(noise);
    expect(doc.text).not.toMatch(/<|&[a-z]+;|&#\d+;|\n{3}/);
  });

  it('keeps the headline as the first paragraph, so a relation it states is found', () => {
    const doc = readDocument(html, 'html');
    expect(doc.text.startsWith('Kazakhstan and EU sign raw materials deal\n\n')).toBe(true);
    const { report } = ingestDocument(kg, { content: html, format: 'html' }, {});
    // The body restates it, so the headline's statement is either the candidate's evidence or a duplicate of it.
    const stated = [...report.candidates, ...report.corroborations].some((c) => c.evidence.start === 0 && c.type === 'signs_agreement_with');
    const duplicate = report.skipped.some((k) => k.reason === 'duplicate' && k.sentence.start === 0 && k.detail.includes('signs_agreement_with'));
    expect(stated || duplicate, JSON.stringify(report.skipped.filter((k) => k.sentence.start === 0))).toBe(true);
  });

  it('ingests the page with every quote at its offsets in the stored text', () => {
    const { report, changes } = ingestDocument(kg, { content: html, format: 'html', fileName: 'news-page.html' }, {});
    const create = changes[0]!;
    if (create.op !== 'createSource') throw new Error('the first change creates the source');
    const text = (create.input as { text: string }).text;
    expectConsistent(text, report);
    expect(changes[0]).toMatchObject({ op: 'createSource', input: { published: '2024-11-07', fileName: 'news-page.html', original: { mediaType: 'text/html', text: html } } });
    expect(report.candidates.length + report.corroborations.length).toBeGreaterThan(0);
  });

  it('refuses a page with no article (empty, menus only, a list of stories, a script app) instead of storing its chrome', () => {
    const pages = [
      '<html><head><title>Nothing</title></head><body></body></html>',
      '<html><head><title>Home</title></head><body><nav><a href="/a">Politics</a> <a href="/b">Business</a></nav><footer>© 2024 News</footer></body></html>',
      '<html><head><title>Latest</title></head><body><ul><li><a href="/1">Kazakhstan signs deal with EU</a></li><li><a href="/2">Uzbekistan hosts summit</a></li></ul></body></html>',
      '<html><head><title>App</title></head><body><div id="root"></div><script>render()</script><noscript>You need JavaScript to run this app.</noscript></body></html>',
    ];
    for (const page of pages) expect(refusal(() => readDocument(page, 'html'))).toMatchObject({ code: 'EMPTY_TEXT', field: 'text', message: expect.stringContaining('no article found in the HTML page') });
  });

  it('reads an HTML fragment and bare text given as HTML (bug found: the first was empty, the second crashed Readability)', () => {
    expect(readDocument('<p>Kazakhstan signed a deal with the EU.</p><p>Uzbekistan followed.</p>', 'html').text).toBe('Kazakhstan signed a deal with the EU.\n\nUzbekistan followed.\n');
    expect(readDocument('Kazakhstan signed a deal with the EU on Thursday.', 'html').text).toBe('Kazakhstan signed a deal with the EU on Thursday.\n');
  });

  it('ingests a page in another language with its declared language (stored, names linked; patterns are English)', () => {
    const ru = html.replace('<html lang="en">', '<html lang="ru">');
    const { report, changes } = ingestDocument(kg, { content: ru, format: 'html' }, {});
    expect(report.mentions.length).toBeGreaterThan(0);
    const source = changes.find((c) => c.op === 'createSource') as { input: { language: string } };
    expect(source.input.language).toBe('ru');
  });
});

describe('Markdown as blogs and notes write it', () => {
  const md = fixture('blog-post.md');

  it('takes title and date from front matter, keeps link text, drops URLs, images, fenced code and markup, and reads HTML blocks', () => {
    const doc = readDocument(md, 'markdown');
    expect(doc).toMatchObject({ title: 'Uzbekistan joins the Middle Corridor talks', published: '2024-09-15', original: { mediaType: 'text/markdown', text: md } });
    expect(doc.text.startsWith('Uzbekistan and the Middle Corridor\n\nUzbekistan signed a transit agreement with Azerbaijan in September 2024, the ministry said.')).toBe(true);
    expect(doc.text).toContain('\n\nKazakhstan’s rail operator welcomed the deal.\n\n');
    expect(doc.text).toContain('Officials quoted the figure as 12 % growth');
    expect(doc.text).toContain('\n\nUzbekistan | China\n\n');
    expect(doc.text).toContain('\n\nFirst, the corridor.\n\nSecond, the ports.\n');
    for (const noise of ['title:', 'tags', 'wikipedia.org', 'train.jpg', 'Freight train', '"route"', '<div', '<b>', '**', '](']) expect(doc.text).not.toContain(noise);
  });
});

describe('plain text bytes', () => {
  it('drops a byte order mark, so offsets count from the first letter and the text hashes as without one', () => {
    const doc = readDocument('\uFEFFKazakhstan signed a deal.\n', 'text');
    expect(doc.text).toBe('Kazakhstan signed a deal.\n');
    expect(doc.title).toBe('Kazakhstan signed a deal.');
  });

  it('refuses Windows-1252 bytes, a binary file and control characters, naming the offset; empty or blank text is EMPTY_TEXT', () => {
    const cp1252 = Buffer.from([...Buffer.from('Kazakhstan'), 0x92, ...Buffer.from('s exports grew.')]);
    expect(refusal(() => decodeDocumentBytes(cp1252))).toMatchObject({ code: 'NOT_TEXT', field: 'text', message: expect.stringContaining('not valid UTF-8 at byte 10 (0x92)') });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(refusal(() => decodeDocumentBytes(png))).toMatchObject({ code: 'NOT_TEXT', message: expect.stringContaining('byte 0') });
    expect(refusal(() => decodeDocumentBytes(Buffer.from('Astana\u0000\u0001', 'utf8')))).toMatchObject({ code: 'NOT_TEXT', message: expect.stringContaining('control byte 0x00 at byte 6') });
    expect(decodeDocumentBytes(Buffer.from('Kazakhstan’s exports\r\n\tgrew.', 'utf8'))).toBe('Kazakhstan’s exports\r\n\tgrew.');
    expect(refusal(() => readDocument('Astana\u0000', 'text'))).toMatchObject({ code: 'NOT_TEXT', message: expect.stringContaining('U+0000 at character 6') });
    for (const blank of ['', ' \n\t\r\n', '\uFEFF']) expect(refusal(() => ingestDocument(kg, { content: blank, format: 'text' }, { title: 'Blank' }))).toMatchObject({ code: 'EMPTY_TEXT' });
  });

  it('through the CLI: a Windows-1252 file is refused with the byte offset, exit code 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corridor-ingest-'));
    try {
      const file = path.join(dir, 'cp1252.txt');
      writeFileSync(file, Buffer.from([...Buffer.from('Kazakhstan signed a deal with the EU'), 0x96, ...Buffer.from(' Uzbekistan followed.')]));
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli/ingest.ts'), file, '--dry-run', '--data', GRAPH_DATA], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${file}: text: not valid UTF-8 at byte 36 (0x96)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
