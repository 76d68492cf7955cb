// Jekyll-style front matter: a YAML block between two `---` lines at the very
// top of a file. A block that is never closed is not front matter at all: the
// whole file is body, so nothing the author wrote is lost.
import { parse } from 'yaml';
import { readPlainFrontMatter } from './plain-front-matter';

/** Front-matter keys, lower-cased. Values are whatever the YAML said. */
export type FrontMatter = Readonly<Record<string, unknown>>;

export interface SplitDocument {
  frontMatter: FrontMatter | null;
  body: string;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

function parseYaml(source: string): FrontMatter {
  try {
    const value: unknown = readPlainFrontMatter(source) ?? parse(source, { uniqueKeys: false, maxAliasCount: 50 });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const fields: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) fields[key.toLowerCase()] = field;
    return fields;
  } catch {
    // Broken YAML between proper markers: still front matter (so it is not shown as text), just without fields.
    return {};
  }
}

/** Splits text (newlines already normalised to \n) into front matter and body. */
export function splitFrontMatter(text: string): SplitDocument {
  const opening = OPENING.exec(text);
  if (!opening) return { frontMatter: null, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { frontMatter: null, body: text };
  const yaml = rest.slice(0, closing.index);
  const afterMarker = rest.indexOf('\n', closing.index);
  const body = afterMarker === -1 ? '' : rest.slice(afterMarker + 1);
  return { frontMatter: parseYaml(yaml), body };
}

/** A front-matter value as trimmed text (numbers and dates included), or null when absent or blank. */
export function frontMatterText(frontMatter: FrontMatter | null, key: string): string | null {
  const value = frontMatter?.[key];
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
