// Whitespace tested by code, not by a regular expression over a one-character
// string: the parse measures pages and search cuts snippets character by
// character, and a string per character was most of what they allocated.

/** Whether a UTF-16 unit is whitespace as /\s/ and trim() read it (line terminators and Unicode's Zs included). */
export function isWhitespaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
