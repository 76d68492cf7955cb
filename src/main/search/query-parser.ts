// The search box language. Terms separated by whitespace are ANDed;
// `"exact phrase"`; `-term` / `-"phrase"` exclude; `a OR b` (also `a | b`)
// binds tighter than AND, so `a b OR c` is a AND (b OR c); filters
// `source:NAME` / `source:"Two Words"`, `after:DATE`, `before:DATE`
// (DATE = YYYY-MM-DD, YYYY-MM or YYYY), `is:unread`, `is:starred`.
//
// The structure (whitespace, quotes, `-`, `:`, `|`) is read from the raw input,
// with the full-width forms and Chinese curly quotes accepted as the ASCII ones,
// so quoting works before any folding; only term text is normalised.
// A quote opens a phrase at the start of a token only: inside a word
// (`他说“好”`) it is part of the word. Malformed input never throws: what cannot
// be understood is dropped or searched as text, with a warning the UI can show.
//
// The tree: terms and phrases are 'term' leaves; an excluded term is
// {not: term}, only ever a child of the top 'and' or the root itself (OR cannot
// join an excluded term); a single clause is the root without an 'and'.
import type { QueryFilter, QuerySummary } from '../../shared/model';
import { classOf, SEPARATOR } from './char-class';
import { normalize } from './normalize';

export type QueryNode =
  | { kind: 'term'; text: string; quoted: boolean; prefix: boolean } // text already normalize()d
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export interface QueryFilters {
  /** Source names as typed; an article matches when its source is any of them. */
  sources: string[];
  /** Epoch ms (UTC): on or after. */
  after: number | null;
  /** Epoch ms (UTC): strictly before. */
  before: number | null;
  unread: boolean;
  starred: boolean;
}

export interface ParsedQuery {
  root: QueryNode | null;
  filters: QueryFilters;
  summary: QuerySummary;
}

type TermNode = Extract<QueryNode, { kind: 'term' }>;
interface TermClause {
  type: 'term';
  node: TermNode;
  negated: boolean;
  /** As typed, for the summary. */
  display: string;
}
type Clause = TermClause | { type: 'or' } | { type: 'filter' };

const STRUCTURE_CHARS: Record<string, string> = { '＂': '"', '“': '"', '”': '"', '－': '-', '：': ':', '｜': '|' };
const STRUCTURE_PATTERN = /[＂“”－：｜]/g;
const WHITESPACE = /\s/;
const FILTER_KEY = /^([a-z]+):/;
const FILTER_KEYS = new Set(['source', 'after', 'before', 'is']);
const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Start of the UTC day, month or year a DATE names, or null when it is not a real date. */
function dateStart(value: string): number | null {
  const m = DATE.exec(value.normalize('NFKC'));
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime();
}

function hasSearchableText(text: string): boolean {
  for (const ch of text) if (classOf(ch.codePointAt(0) as number) !== SEPARATOR) return true;
  return false;
}

class Parser {
  private readonly st: string; // the input with structure characters in their ASCII form, same length
  private i = 0;
  readonly clauses: Clause[] = [];
  readonly filters: QueryFilters = { sources: [], after: null, before: null, unread: false, starred: false };
  readonly summaryFilters: QueryFilter[] = [];
  readonly warnings: string[] = [];
  /** The clause of the last token read, when it is a bare word (maybe still being typed). */
  typing: TermClause | null = null;

  constructor(private readonly input: string) {
    this.st = input.replace(STRUCTURE_PATTERN, (ch) => STRUCTURE_CHARS[ch] ?? ch);
  }

  parse(): void {
    const { st } = this;
    while (this.i < st.length) {
      if (WHITESPACE.test(st[this.i] as string)) {
        this.i++;
        continue;
      }
      this.typing = null;
      const start = this.i;
      const negated = st[start] === '-';
      if (negated) this.i++;
      if (this.i >= st.length || WHITESPACE.test(st[this.i] as string)) {
        this.warnings.push('Ignored a lone "-": put it right before the word to exclude.');
      } else if (st[this.i] === '"') {
        this.phrase(negated);
      } else {
        this.word(start, negated);
      }
    }
  }

  /** Reads a quoted text from the quote at this.i; returns the raw text between the quotes. */
  private quoted(): string {
    const open = this.i;
    const close = this.st.indexOf('"', open + 1);
    if (close === -1) {
      this.warnings.push('Missing closing quote: searched to the end of the query.');
      this.i = this.st.length;
      return this.input.slice(open + 1);
    }
    this.i = close + 1;
    return this.input.slice(open + 1, close);
  }

  private phrase(negated: boolean): void {
    const open = this.i;
    const text = this.quoted();
    this.addTerm(text, true, negated, this.input.slice(open, this.i));
  }

  private word(start: number, negated: boolean): void {
    const { st } = this;
    const wordStart = this.i;
    let end = wordStart;
    while (end < st.length && !WHITESPACE.test(st[end] as string)) end++;
    const raw = this.input.slice(wordStart, end);
    const structure = st.slice(wordStart, end);
    const folded = structure.normalize('NFKC').toLowerCase();
    const key = FILTER_KEY.exec(folded)?.[1];
    if (key !== undefined && FILTER_KEYS.has(key)) {
      this.i = wordStart + structure.indexOf(':') + 1;
      let value: string;
      if (st[this.i] === '"') {
        value = this.quoted();
      } else {
        value = this.input.slice(this.i, end);
        this.i = end;
      }
      this.filter(key, value, negated, start, this.i);
      return;
    }
    this.i = end;
    if (!negated && (raw.normalize('NFKC') === 'OR' || structure === '|')) {
      this.clauses.push({ type: 'or' });
      return;
    }
    // `foo:bar` is searched as text, but a URL's `https:` is not worth a warning.
    if (key !== undefined && !folded.startsWith(`${key}://`)) this.warnings.push(`Unknown filter ${key}: — searched as text.`);
    const clause = this.addTerm(raw, false, negated, raw);
    if (!negated) this.typing = clause;
  }

  private addTerm(raw: string, quoted: boolean, negated: boolean, display: string): TermClause | null {
    const text = normalize(raw);
    if (!hasSearchableText(text)) return null;
    const clause: TermClause = { type: 'term', node: { kind: 'term', text, quoted, prefix: false }, negated, display };
    this.clauses.push(clause);
    return clause;
  }

  private filter(key: string, value: string, negated: boolean, start: number, end: number): void {
    const display = this.input.slice(start, end);
    this.clauses.push({ type: 'filter' });
    if (negated) {
      this.warnings.push(`Ignored ${display}: filters cannot be excluded.`);
      return;
    }
    if (value.trim() === '') {
      this.warnings.push(`Ignored ${key}: with nothing after it.`);
      return;
    }
    if (key === 'source') {
      this.filters.sources.push(value);
    } else if (key === 'is') {
      const state = value.normalize('NFKC').toLowerCase();
      if (state !== 'unread' && state !== 'starred') {
        this.warnings.push(`Ignored is:${value}: use is:unread or is:starred.`);
        return;
      }
      this.filters[state] = true;
      value = state;
    } else {
      const time = dateStart(value);
      if (time === null) {
        this.warnings.push(`Ignored ${key}:${value}: dates look like 2023-06-30, 2023-06 or 2023.`);
        return;
      }
      // Several bounds narrow the range: the latest after:, the earliest before:.
      if (key === 'after') this.filters.after = Math.max(this.filters.after ?? time, time);
      else this.filters.before = Math.min(this.filters.before ?? time, time);
    }
    this.summaryFilters.push({ kind: key as QueryFilter['kind'], value, start, end });
  }
}

/** Joins `a OR b` pairs into 'or' nodes and ANDs the rest. */
function buildTree(clauses: Clause[], warnings: string[]): QueryNode | null {
  const children: QueryNode[] = [];
  // The previous clause, when it was a term an OR may join (positive, not a filter).
  let joinable: QueryNode | null = null;
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k] as Clause;
    if (clause.type === 'term') {
      const node: QueryNode = clause.negated ? { kind: 'not', child: clause.node } : clause.node;
      children.push(node);
      joinable = clause.negated ? null : node;
      continue;
    }
    if (clause.type === 'filter') {
      joinable = null;
      continue;
    }
    const next = clauses[k + 1];
    if (next?.type === 'or') {
      warnings.push('Ignored a repeated OR.');
      continue;
    }
    if (joinable && next?.type === 'term' && !next.negated) {
      const group: QueryNode = joinable.kind === 'or' ? joinable : { kind: 'or', children: [joinable] };
      group.children.push(next.node);
      children[children.length - 1] = group;
      joinable = group;
      k++;
    } else {
      warnings.push(orWarning(clauses[k - 1], next));
      joinable = null;
    }
  }
  if (children.length === 0) return null;
  return children.length === 1 ? (children[0] as QueryNode) : { kind: 'and', children };
}

function orWarning(before: Clause | undefined, after: Clause | undefined): string {
  if (!before || !after) return 'Ignored OR at the edge of the query: put it between two words.';
  if (before.type === 'filter' || after.type === 'filter') return 'Ignored OR next to a filter: OR joins words only.';
  return 'Ignored OR next to an excluded word: OR joins words only.';
}

export function parseQuery(input: string): ParsedQuery {
  const parser = new Parser(input);
  parser.parse();
  // The word the user is typing: the last token, a bare word with nothing after it.
  if (parser.typing && !WHITESPACE.test(input[input.length - 1] as string)) parser.typing.node.prefix = true;
  const { clauses, filters, warnings } = parser;
  const root = buildTree(clauses, warnings);
  if (filters.after !== null && filters.before !== null && filters.after >= filters.before) {
    warnings.push('The after: date is not before the before: date, so nothing can match.');
  }
  const terms: string[] = [];
  const excluded: string[] = [];
  for (const c of clauses) if (c.type === 'term') (c.negated ? excluded : terms).push(c.display);
  return { root, filters, summary: { terms, excluded, filters: parser.summaryFilters, warnings: [...new Set(warnings)] } };
}
