import type { JsonValue } from './foreign.js';

const INTEGER_TYPES = new Set(['integer', 'int', 'long', 'short', 'byte', 'biginteger']);
const REAL_TYPES = new Set(['double', 'float', 'bigdecimal']);

/**
 * A value as its declared type makes it (GEXF attribute types, GraphML attr.type, Neo4j header
 * types): integers and reals become numbers, booleans booleans, everything else stays the exact
 * string ("00123" typed string stays "00123"). An integer too large for a double stays a string, so
 * no digit is lost. Null when the text is not of its type (the caller reports it).
 */
export function typedValue(text: string, type: string | undefined): JsonValue | null {
  const t = (type ?? 'string').toLowerCase();
  const v = text.trim();
  if (INTEGER_TYPES.has(t)) {
    if (!/^[+-]?\d+$/.test(v)) return null;
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v;
  }
  if (REAL_TYPES.has(t)) {
    if (v === '' || Number.isNaN(Number(v))) return /^[+-]?(inf(inity)?|nan)$/i.test(v) ? v : null;
    return Number(v);
  }
  if (t === 'boolean') {
    if (/^(true|1)$/i.test(v)) return true;
    if (/^(false|0)$/i.test(v)) return false;
    return null;
  }
  return text;
}
