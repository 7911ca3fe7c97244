import { z } from 'zod';

/** Stable, readable record id: lowercase words joined by hyphens ("kazakhstan", "titr-connects-caspian-sea"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase letters and digits joined by single hyphens, e.g. "central-asia"');

/** Turns a label into an id candidate: "Trans-Caspian Route (TITR)" -> "trans-caspian-route-titr". */
export function slugify(text: string): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug.slice(0, 80).replace(/-+$/, '') : 'item';
}

/** Case- and accent-insensitive form used for alias lookup: "Türkiye" and "TURKIYE" fold to "turkiye". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
