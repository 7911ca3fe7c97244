import { checkSize, maxImportBytes } from '../../interchange/import/bytes.js';
import { ImportInputError } from '../../interchange/import/errors.js';
import { parseMapping } from '../../interchange/import/mapping.js';
import { importGraph } from '../../interchange/import/run.js';
import { ChangeRejectedError } from '../../store/files/store.js';
import { requireEditor } from '../auth.js';
import { apiError, rejected } from '../errors.js';
import type { ImportReportResolvers, MutationResolvers } from '../generated/resolvers-types.js';

/** The mapping as the JSON a user edits and passes back (GraphQL has no open map type). */
export const ImportReport: ImportReportResolvers = {
  mapping: (report) => JSON.stringify(report.mapping, null, 2),
};

/** importGraph: one file (text) through the import path; an editor's write, or a dry run that writes nothing. */
export const ImportMutation: Pick<MutationResolvers, 'importGraph'> = {
  importGraph: async (_, { input, dryRun }, ctx) => {
    const actor = requireEditor(ctx);
    try {
      if (input.status != null && input.status !== 'reviewed' && input.status !== 'extracted') throw new ImportInputError(`must be "reviewed" or "extracted" (got "${input.status}")`, '(input)', 'status');
      const fileName = input.fileName ?? 'import';
      checkSize(fileName, Buffer.byteLength(input.text, 'utf8'), maxImportBytes());
      const report = await importGraph(ctx.store, [{ fileName, text: input.text }], {
        actor: actor.name,
        mapping: parseMapping(input.mapping ?? '{}'),
        dryRun: dryRun ?? false,
        addToVocabulary: input.addToVocabulary ?? false,
        ...(input.format ? { format: input.format } : {}),
        ...(input.status ? { status: input.status as 'reviewed' | 'extracted' } : {}),
        ...(input.title ? { title: input.title } : {}),
        ...(input.publisher ? { publisher: input.publisher } : {}),
        ...(input.url ? { url: input.url } : {}),
      });
      if (report.committed) ctx.kg = ctx.store.kg;
      return report;
    } catch (e) {
      if (e instanceof ImportInputError) throw apiError(e.code, e.message, { file: e.file, place: e.place });
      if (e instanceof ChangeRejectedError) throw rejected(e.issues, e.code);
      throw e;
    }
  },
};
