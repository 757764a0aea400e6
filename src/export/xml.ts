// Characters XML 1.0 does not allow at all (C0 controls except tab, LF, CR; lone surrogates; FFFE/FFFF).
const invalid =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content. Characters XML cannot carry are replaced by U+FFFD. */
export function xmlText(value: string): string {
  return value
    .replace(invalid, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Escapes text for a double-quoted attribute value. Tab, LF and CR become character references,
 * because a parser normalises literal ones in attributes to spaces (XML 1.0 §3.3.3).
 */
export function xmlAttr(value: string): string {
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
