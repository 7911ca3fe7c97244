import { GraphQLError } from 'graphql';
import type { ValidationIssue } from '../model/issues.js';

/** A GraphQL error with a machine-readable code (extensions.code) and, where given, an HTTP status. */
export function apiError(code: string, message: string, extra: Record<string, unknown> = {}, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return apiError('BAD_USER_INPUT', message, argument ? { argument } : {});
}

/** A refused write: every issue, each with its input path, in extensions.issues. */
export function rejected(issues: ValidationIssue[], code = 'BAD_USER_INPUT'): GraphQLError {
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''}, see extensions.issues)` : '';
  return apiError(code, `${summary}${more}`, { issues });
}
