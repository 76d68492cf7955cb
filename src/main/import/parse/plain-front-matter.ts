// The front matter nearly every saved post carries — `key: value` lines whose values are plain or
// double-quoted strings, or one-line lists of them — read without the YAML library, whose general
// parser took 4 % of an import's CPU on realistic files. Anything else (numbers, booleans, nulls,
// escapes, single quotes, nesting, comments, anchors, tags, block scalars) is left to the library:
// this returns null for it rather than guess, and what it does return is what the library returns.

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):[ ]+(.*?)[ ]*$/;
/** Control and line-breaking characters (tab included), which YAML treats specially. */
// eslint-disable-next-line no-control-regex
const SPECIAL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/**
 * Every plain scalar the YAML 1.2 core schema reads as null, boolean, integer or float, and more
 * (any case, any digits-first word): such values go to the library.
 */
const MAYBE_NOT_A_STRING = /^(?:~|null|true|false|[-+]?\.?(?:inf|nan)|[-+]?\.?[0-9][0-9a-z._+-]*)$/i;
/** A plain scalar cannot start with an indicator; these are left to the library even where YAML would allow them. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** `: ` or a final `:` would make a mapping, ` #` a comment. */
const MAPPING_OR_COMMENT = /:(?: |$)| #/;
const QUOTED = /^"([^"\\]*)"$/;
const FLOW_SEQUENCE = /^\[(.*)\]$/;
const FLOW_INDICATOR = /[,[\]{}]/;

/** Spaces only: YAML's own white space, where String.trim() also takes no-break spaces, which YAML keeps. */
const trimSpaces = (text: string): string => text.replace(/^ +| +$/g, '');

function plainScalar(text: string, inFlow: boolean): string | null {
  // Other white space at either end (a no-break space) is left to the library.
  if (!text || text !== text.trim() || INDICATOR_START.test(text) || MAPPING_OR_COMMENT.test(text) || MAYBE_NOT_A_STRING.test(text))
    return null;
  if (inFlow && FLOW_INDICATOR.test(text)) return null;
  return text;
}

function scalar(text: string, inFlow: boolean): string | null {
  const quoted = QUOTED.exec(text);
  if (quoted) return quoted[1] as string;
  return plainScalar(text, inFlow);
}

function value(text: string): string | string[] | null {
  const sequence = FLOW_SEQUENCE.exec(text);
  if (!sequence) return scalar(text, false);
  const inner = trimSpaces(sequence[1] as string);
  if (!inner) return [];
  const items: string[] = [];
  for (const item of inner.split(',')) {
    const read = scalar(trimSpaces(item), true);
    if (read === null) return null;
    items.push(read);
  }
  return items;
}

/** The mapping the YAML library would read from source, or null when source is not of this simple kind. */
export function readPlainFrontMatter(source: string): Record<string, unknown> | null {
  if (SPECIAL_CHARACTER.test(source.replace(/\n/g, ''))) return null;
  const fields: Record<string, unknown> = {};
  let keys = 0;
  for (const line of source.split('\n')) {
    if (line === '') continue;
    const match = KEY_LINE.exec(line);
    if (!match) return null;
    const key = match[1] as string;
    if (key === '__proto__' || Object.hasOwn(fields, key) || MAYBE_NOT_A_STRING.test(key)) return null;
    const read = value(match[2] as string);
    if (read === null) return null;
    fields[key] = read;
    keys++;
  }
  return keys > 0 ? fields : null;
}
