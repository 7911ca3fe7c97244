import { DOCUMENT_FORMATS, type DocumentFormat } from '../../ingest/document.js';
import { IngestError } from '../../ingest/errors.js';
import { ingestDocument, publicReport } from '../../ingest/ingest-document.js';
import type { IngestMeta } from '../../ingest/pipeline.js';
import { requireEditor } from '../auth.js';
import { apiError, badInput } from '../errors.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { write } from './mutation.js';

const META_FIELDS = ['id', 'title', 'publisher', 'published', 'url', 'language'] as const;

/** ingestSource: the pipeline on one document; unless a dry run, its changes in one commit through the store. */
export const IngestMutation: Pick<MutationResolvers, 'ingestSource'> = {
  ingestSource: async (_, { input, dryRun }, ctx) => {
    requireEditor(ctx);
    const max = ctx.limits.maxIngestChars;
    if (input.text.length > max) {
      throw apiError('TEXT_TOO_LARGE', `input.text: ${input.text.length} characters; this server ingests at most ${max} (setting maxIngestChars, CORRIDOR_MAX_INGEST_CHARS)`, { field: 'text', limit: max }, 413);
    }
    const format = input.format ?? 'text';
    if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) throw badInput(`input.format: "${format}" is not one of ${DOCUMENT_FORMATS.join(', ')}`, 'input.format');
    const meta: Partial<IngestMeta> = {};
    for (const k of META_FIELDS) if (input[k] !== null && input[k] !== undefined) meta[k] = input[k];
    let out;
    try {
      out = ingestDocument(ctx.kg, { content: input.text, format: format as DocumentFormat, ...(input.fileName ? { fileName: input.fileName } : {}) }, meta);
    } catch (e) {
      if (e instanceof IngestError) throw apiError(e.code, `input.${e.field}: ${e.message}`, { field: e.field });
      throw e;
    }
    if (dryRun) return publicReport(out.report, false, null);
    const { version } = await write(ctx, out.changes, (i) => ({ file: '(input)', path: ['changes', i] }));
    return publicReport(out.report, true, version);
  },
};
