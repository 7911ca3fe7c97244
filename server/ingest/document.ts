import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { marked, type Token, type Tokens } from 'marked';
import { assertProse } from './document-bytes.js';
import { IngestError } from './errors.js';

export const DOCUMENT_FORMATS = ['text', 'markdown', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A document read into the text that is stored and that every quote points into. */
export interface ReadDocument {
  /** The stored text: block elements as paragraphs separated by a blank line. */
  text: string;
  /** The HTML <title>, the first Markdown heading, or the first line of a plain text. */
  title?: string;
  /** The page's language (HTML `lang`), when it declares one. */
  language?: string;
  /** The page's publication date (YYYY-MM-DD) when its metadata has one. */
  published?: string;
  /** The document as given, for Markdown and HTML (kept beside the stored text). */
  original?: { mediaType: 'text/markdown' | 'text/html'; text: string };
}

/** The format a file name's extension says, or null for an unsupported file. */
export function formatOfFile(name: string): DocumentFormat | null {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'txt') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

/**
 * Reads plain text, Markdown or HTML into the text to store. Plain text is kept byte for byte. HTML
 * goes through Readability (main content only: no navigation, footer or sidebars); Markdown through
 * marked's lexer. Either way each block (paragraph, heading, list item, quote, table row) becomes a
 * paragraph, whitespace inside it collapsed, paragraphs separated by one blank line. A leading byte
 * order mark is dropped. Throws IngestError: NOT_TEXT for control characters (binary content),
 * EMPTY_TEXT for an HTML page without an article (nothing Readability finds, or mostly links).
 */
export function readDocument(given: string, format: DocumentFormat): ReadDocument {
  assertProse(given);
  // A byte order mark is how the file was saved, not text: dropped, so the same article saved with
  // and without one has the same text (and SHA-256), and offsets count from its first letter.
  const content = given.startsWith('\uFEFF') ? given.slice(1) : given;
  if (format === 'markdown') return readMarkdown(content);
  if (format === 'html') return readHtml(content);
  const firstLine = content.split('\n').find((l) => l.trim().length > 0)?.trim();
  return { text: content, ...(firstLine ? { title: clip(firstLine) } : {}) };
}

const clip = (title: string) => (title.length > 200 ? title.slice(0, 199).trimEnd() + '…' : title);
const collapse = (s: string) => s.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();

function joinBlocks(blocks: string[]): string {
  const kept = blocks.map(collapse).filter((b) => b.length > 0);
  return kept.length > 0 ? kept.join('\n\n') + '\n' : '';
}

// ---- Markdown

/** YAML front matter: "---" on the first line, up to the next line of "---" or "...". */
const FRONT_MATTER = /^---[^\S\r\n]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[^\S\r\n]*(?:\r?\n|$)/;

/**
 * The title and date of YAML front matter. Written by hand because only two flat scalars are read
 * (`title`, and `date` or `published`), and no YAML parser is a direct dependency; nested values,
 * lists and block scalars are ignored.
 */
function frontMatter(yaml: string): { title?: string; published?: string } {
  const out: { title?: string; published?: string } = {};
  for (const line of yaml.split(/\r?\n/)) {
    const m = /^(title|date|published)\s*:\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (m[1] === 'title' && value) out.title ??= value;
    else out.published ??= value.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  }
  return out;
}

function readMarkdown(content: string): ReadDocument {
  const blocks: string[] = [];
  const front = FRONT_MATTER.exec(content);
  const meta = front ? frontMatter(front[1]!) : {};
  let title: string | undefined = meta.title;
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      switch (t.type) {
        case 'heading':
          title ??= collapse(inline((t as Tokens.Heading).tokens));
          blocks.push(inline((t as Tokens.Heading).tokens));
          break;
        case 'paragraph':
          blocks.push(inline((t as Tokens.Paragraph).tokens));
          break;
        case 'text': // a tight list item's text
          blocks.push((t as Tokens.Text).tokens ? inline((t as Tokens.Text).tokens!) : decodeEntities(t.text));
          break;
        case 'list':
          for (const item of (t as Tokens.List).items) walk(item.tokens);
          break;
        case 'blockquote':
          walk((t as Tokens.Blockquote).tokens);
          break;
        case 'code': // a fenced block is code, not prose; an indented one is most often a paragraph pasted with indentation
          if ((t as Tokens.Code).codeBlockStyle === 'indented') blocks.push(t.text);
          break;
        case 'html': // a block of HTML inside Markdown: its text, block by block
          collectBlocks(parsePage(t.text).body as unknown as Node, blocks);
          break;
        case 'table': {
          const table = t as Tokens.Table;
          for (const row of [table.header, ...table.rows]) blocks.push(row.map((cell) => inline(cell.tokens)).join(' | '));
          break;
        }
        default: // space, hr, definitions: no text of their own
      }
    }
  };
  walk(marked.lexer(front ? content.slice(front[0].length) : content));
  return {
    text: joinBlocks(blocks),
    ...(title ? { title: clip(title) } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    original: { mediaType: 'text/markdown', text: content },
  };
}

/** The readable text of inline tokens: emphasis, links and code spans keep their words; raw HTML and images are dropped. */
function inline(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'br') out += '\n';
    else if (t.type === 'html' || t.type === 'image') continue;
    else if ('tokens' in t && Array.isArray(t.tokens)) out += inline(t.tokens);
    else if (t.type === 'escape' || t.type === 'codespan') out += t.text;
    else if ('text' in t) out += decodeEntities(t.text as string).replace(/\n/g, ' '); // a soft line break
  }
  return out;
}

let decoder: HTMLElement | null = null;
/** Character references (&amp;, &#8217;) that marked leaves in text, decoded by an HTML parser. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  decoder ??= parseHTML('<!doctype html><html><body><div></div></body></html>').document.querySelector('div') as unknown as HTMLElement;
  decoder.innerHTML = s.replace(/</g, '&lt;');
  return decoder.textContent ?? s;
}

// ---- HTML

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON']);

/** Share of an extracted article's text inside links above which it is a list of links (a home page, a menu), not an article. */
const MAX_LINK_SHARE = 0.5;

/** The page as a full document: a fragment or bare text gets the <html><body> Readability needs. */
function parsePage(content: string) {
  const whole = /<html[\s>]/i.test(content) ? content : `<!doctype html><html><head></head><body>${content}</body></html>`;
  return parseHTML(whole).document;
}

function readHtml(content: string): ReadDocument {
  const document = parsePage(content);
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  const language = document.documentElement?.getAttribute('lang')?.trim() || undefined;
  const publishedMeta = document.querySelector('meta[property="article:published_time"], meta[name="date"], time[datetime]');
  const published = (publishedMeta?.getAttribute('content') ?? publishedMeta?.getAttribute('datetime') ?? '').match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  // Readability changes the document it is given; it gets its own parse.
  const article = new Readability(parsePage(content) as unknown as Document, { serializer: (node) => node, charThreshold: 100 }).parse();
  const root = article?.content as unknown as Element | null | undefined;
  const blocks: string[] = [];
  if (root) collectBlocks(root, blocks);
  const text = joinBlocks(blocks);
  if (!root || !text) throw new IngestError('EMPTY_TEXT', 'no article found in the HTML page (Readability found no main content): give the article itself, or its text', 'text');
  const linked = Array.from(root.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  if (linked > MAX_LINK_SHARE * text.replace(/\s+/g, '').length) {
    throw new IngestError('EMPTY_TEXT', 'no article found in the HTML page: its main content is mostly links (a home page, a menu or a list of stories); give the article itself', 'text');
  }
  // Readability's title drops a site name after a separator ("Rail link opens | Example News").
  const title = article?.title?.trim() || pageTitle || document.querySelector('h1')?.textContent?.trim();
  // Readability lifts the headline out of the article; a headline often states the story's main
  // relation, so it stays in the stored text as its first paragraph (as a Markdown heading does).
  const headline = title ? collapse(title) : '';
  const withHeadline = headline && !text.startsWith(headline) ? `${headline}\n\n${text}` : text;
  return {
    text: withHeadline,
    ...(title ? { title: clip(collapse(title)) } : {}),
    ...(language ? { language } : {}),
    ...(published ? { published } : {}),
    original: { mediaType: 'text/html', text: content },
  };
}

/** Depth-first over the DOM: inline text gathers into the current block; a block element ends it and starts a new one. */
function collectBlocks(root: Node, blocks: string[]): void {
  let current = '';
  const flush = () => {
    if (current.trim()) blocks.push(current);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' '); // only <br> breaks a line
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    if (tag === 'PRE') {
      flush();
      blocks.push(node.textContent ?? '');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    else if ((tag === 'TD' || tag === 'TH') && current.trim()) current += ' | ';
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
}
