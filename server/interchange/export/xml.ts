/**
 * XML 1.0 text, written by hand because the writers stream and need only escaping. Characters XML
 * 1.0 forbids (C0 controls but tab/newline/return, U+FFFE, U+FFFF, unpaired surrogates) cannot be
 * written even as references, so they are dropped; in attributes, tab/newline/return become character
 * references, or a reader's attribute-value normalisation would turn them into spaces.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/g;
const TEXT_SPECIAL = /[&<>]/g;
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** A value for a double-quoted attribute. */
export function xmlAttr(value: string): string {
  return value.replace(FORBIDDEN, '').replace(ATTRIBUTE_SPECIAL, (c) => REFERENCES[c]!);
}

/** Element content. */
export function xmlText(value: string): string {
  return value.replace(FORBIDDEN, '').replace(TEXT_SPECIAL, (c) => REFERENCES[c]!);
}
