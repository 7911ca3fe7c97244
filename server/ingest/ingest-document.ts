import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Change } from '../store/changes.js';
import { readDocument, type DocumentFormat } from './document.js';
import { IngestError } from './errors.js';
import { ingestText, type IngestMeta, type IngestReport } from './pipeline.js';

/** A document to ingest as given by a user: its content in one of the formats, and where it came from. */
export interface DocumentInput {
  content: string;
  format: DocumentFormat;
  fileName?: string;
}

/**
 * Reads a document (plain text, Markdown, HTML) and runs the pipeline on its stored text. Metadata
 * the caller leaves out is taken from the document (title, and for HTML its language and date).
 * The source change also records the file name and, for Markdown and HTML, the original to keep
 * beside the text. Used alike by the CLI and `ingestSource`. Throws IngestError. A text in another
 * language is ingested all the same (Russian- and Kazakh-language sources are everyday material for
 * this region): it is stored and its Latin-script names are linked, but the relation patterns are
 * English, so it yields few candidates — the report says so by its counts, and a curator adds
 * relations to it by hand.
 */
export function ingestDocument(kg: KnowledgeGraph, doc: DocumentInput, meta: Partial<IngestMeta>): { report: IngestReport; changes: Change[] } {
  const read = readDocument(doc.content, doc.format);
  if (doc.format !== 'text' && doc.content.trim() && !read.text.trim()) {
    throw new IngestError('EMPTY_TEXT', `no readable text found in the ${doc.format === 'html' ? 'HTML' : 'Markdown'} document`, 'text');
  }
  const title = meta.title ?? read.title;
  if (!title && read.text.trim()) throw new IngestError('BAD_METADATA', 'the document has no title to take (no <title>, heading or first line): give one', 'title');
  const language = meta.language ?? read.language?.toLowerCase();
  const published = meta.published ?? read.published;
  const { report, changes } = ingestText(kg, read.text, { ...meta, title: title ?? '', ...(language ? { language } : {}), ...(published ? { published } : {}) });
  const extra = { ...(doc.fileName ? { fileName: doc.fileName } : {}), ...(read.original ? { original: read.original } : {}) };
  return { report, changes: changes.map((c) => (c.op === 'createSource' ? { ...c, input: { ...(c.input as object), ...extra } } : c)) };
}

/**
 * The report as the API and the CLI print it (the GraphQL IngestReport): every list present, every
 * optional field explicit, plus whether it was committed and the graph version after.
 */
export function publicReport(report: IngestReport, committed: boolean, version: number | null) {
  return {
    committed,
    version,
    source: report.source,
    mentions: report.mentions.map((m) => ({ ...m, entity: m.entity ?? null, proposed: m.proposed ?? false, choices: m.choices ?? [] })),
    proposedEntities: report.proposedEntities.map((p) => ({ ...p, wikidata: p.wikidata ?? null })),
    candidates: report.candidates.map((c) => ({ ...c, hedge: c.hedge ?? null, pointInTime: c.pointInTime ?? null, start: c.start ?? null, end: c.end ?? null })),
    corroborations: report.corroborations,
    skipped: report.skipped.map((s) => ({ ...s, choices: s.choices ?? [] })),
    counts: report.counts,
  };
}
export type PublicReport = ReturnType<typeof publicReport>;
