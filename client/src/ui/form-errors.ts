import { ApiError, type ApiErrorDetail } from '../api/client.js';
import type { Child } from './dom.js';
import type { Field } from './modal.js';

/**
 * Places a refused write's errors next to the form fields they concern: by the error's `field`
 * extension (or what `fieldOf` reads), or by the last segment of each validation issue's input path ($.input.published →
 * published). Returns what fitted no field (to show at the form's foot); null when `e` is not the
 * server's answer to the input (network, HTTP 429/503…), which the page's alert reports instead.
 */
export function showFieldErrors(
  e: unknown,
  fields: Record<string, Field>,
  describe: (detail: ApiErrorDetail) => Child = (d) => d.message,
  fieldOf: (detail: ApiErrorDetail) => string | null = (d) => d.field,
): Child[] | null {
  for (const f of Object.values(fields)) f.error(null);
  if (!(e instanceof ApiError) || e.kind !== 'graphql') return null;
  const rest: Child[] = [];
  for (const d of e.details) {
    const targets = d.issues.length ? d.issues.map((i) => ({ name: lastSegment(i.path), message: i.message })) : [{ name: fieldOf(d), message: null }];
    for (const t of targets) {
      const f = t.name ? fields[t.name] : undefined;
      const message = t.message ?? describe(d);
      if (f) f.error(message);
      else rest.push(message);
    }
  }
  return rest;
}

const lastSegment = (path: string): string | null => /([A-Za-z_]\w*)(\[\d+\])?$/.exec(path)?.[1] ?? null;
