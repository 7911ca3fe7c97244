/** Why an ingest was refused before anything was extracted. */
export type IngestErrorCode = 'EMPTY_TEXT' | 'DUPLICATE_SOURCE' | 'BAD_METADATA' | 'NOT_TEXT';

/** An ingest refused as a whole: nothing was extracted and nothing is to be written. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    /** The input field at fault ("text", "published", …). */
    readonly field: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
