/** What is wrong, and exactly where: the file, the JSON path inside it, and the line and column. */
export type IssueCode =
  | 'PARSE_ERROR'
  | 'CONFLICT'
  | 'SCHEMA'
  | 'UNKNOWN_ID'
  | 'DANGLING_RELATION'
  | 'DUPLICATE_ID'
  | 'QUOTE_MISMATCH'
  | 'QUOTE_OUT_OF_RANGE'
  | 'BAD_TIME'
  | 'ALIAS_CONFLICT'
  | 'SELF_LOOP'
  | 'MISSING_TEXT'
  | 'TEXT_CHANGED'
  | 'NOT_FOUND'
  | 'IN_USE'
  | 'LOCATOR_NOT_FOUND'
  | 'CONFLICT';

export interface ValidationIssue {
  code: IssueCode;
  /** Path of the file relative to the data folder's parent, e.g. "graph-data/relations/article.json"; "(input)" for API input. */
  file: string;
  /** JSON path inside the file or input, e.g. "$.relations[3].evidence[0].quote". */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export function jsonPath(segments: ReadonlyArray<string | number>): string {
  let out = '$';
  for (const s of segments) {
    out += typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

export function formatIssue(issue: ValidationIssue): string {
  const where = issue.line !== undefined ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  return `${where} ${issue.path}: ${issue.message} [${issue.code}]`;
}

export class DataValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(
      `${issues.length} validation error${issues.length === 1 ? '' : 's'}:\n` +
        issues.slice(0, 50).map((i) => '  ' + formatIssue(i)).join('\n') +
        (issues.length > 50 ? `\n  … and ${issues.length - 50} more` : ''),
    );
    this.name = 'DataValidationError';
  }
}
