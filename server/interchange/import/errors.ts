/**
 * Input an import cannot read at all (malformed file, wrong mapping, too large, not UTF-8): the
 * message names the place (file and line, row, byte offset or mapping field). Nothing is written.
 */
export class ImportInputError extends Error {
  constructor(
    message: string,
    /** The file, or "mapping", the problem is in. */
    readonly file: string,
    /** Where in it: "line 3, column 7", "row 5", "byte 1234", "$.edges.source". */
    readonly place: string,
    readonly code = 'IMPORT_INPUT',
  ) {
    super(`${file}${place ? ` ${place}` : ''}: ${message}`);
    this.name = 'ImportInputError';
  }
}
