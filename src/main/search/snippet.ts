// The passage shown under a search hit. It is called for every hit on a page
// of results, on article texts of up to several megabytes, so it only ever
// reads the window it returns plus the match ranges — never the whole text.
import type { Range } from '../../shared/model';
import { isWhitespaceUnit } from '../../shared/whitespace';
import { normalize } from './normalize';
import { Column } from './typed-arrays';

const DEFAULT_LENGTH = 160;
const ELLIPSIS = '…';
/** Ranges looked at when choosing the window: enough for any real article, bounded for pathological ones. */
const MAX_RANGES = 1000;
/** How far back from the window's end a cut may move to avoid splitting a word. */
const WORD_BACKOFF = 20;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const SENTENCE_ENDS = new Set(Array.from('。！？!?.;；…\n', (ch) => ch.charCodeAt(0)));

interface Cluster {
  start: number;
  end: number;
}

/** The run of ranges, at most maxLength long, with the most matches; distinct matched texts count double. */
function bestCluster(text: string, ranges: Range[], maxLength: number): Cluster | null {
  const candidates = ranges.slice(0, MAX_RANGES).filter(([a, b]) => a >= 0 && a < b && b <= text.length);
  if (candidates.length === 0) return null;
  // Matches of one term mostly read the same: each distinct text is normalised once.
  const normalized = new Map<string, string>();
  const keys = candidates.map(([a, b]) => {
    const raw = text.slice(a, b);
    let key = normalized.get(raw);
    if (key === undefined) {
      key = normalize(raw);
      normalized.set(raw, key);
    }
    return key;
  });
  const inWindow = new Map<string, number>();
  let best: Cluster = { start: 0, end: 0 };
  let bestScore = -1;
  let first = 0;
  candidates.forEach(([, end], last) => {
    const key = keys[last] as string;
    inWindow.set(key, (inWindow.get(key) ?? 0) + 1);
    while (first < last && end - (candidates[first] as Range)[0] > maxLength) {
      const leaving = keys[first] as string;
      const count = (inWindow.get(leaving) as number) - 1;
      if (count === 0) inWindow.delete(leaving);
      else inWindow.set(leaving, count);
      first++;
    }
    const score = last - first + 1 + inWindow.size;
    if (score > bestScore) {
      bestScore = score;
      best = { start: (candidates[first] as Range)[0], end };
    }
  });
  return best;
}

/**
 * Context kept before the first match. Result lists show only the first two lines or so
 * of a snippet (about 50 CJK characters), so the first match must sit near the start.
 */
const LEAD = 24;

/** Where the snippet starts: the start of the sentence holding the first match if it is close, else a word start. */
function windowStart(text: string, cluster: Cluster, maxLength: number): number {
  const slack = Math.max(0, maxLength - (cluster.end - cluster.start));
  const earliest = Math.max(0, cluster.start - Math.min(LEAD, Math.floor(slack / 2)));
  if (earliest === 0) return 0;
  for (let p = cluster.start - 1; p >= earliest; p--) if (SENTENCE_ENDS.has(text.charCodeAt(p))) return p + 1;
  for (let p = earliest; p < cluster.start; p++) if (isWhitespaceUnit(text.charCodeAt(p))) return p + 1;
  const low = text.charCodeAt(earliest);
  return low >= 0xdc00 && low <= 0xdfff ? earliest + 1 : earliest; // never split a surrogate pair
}

/** Index of the first range ending after `offset` (ranges sorted and non-overlapping, so ends are sorted too). */
function firstEndingAfter(ranges: Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid] as Range)[1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface CollapsedWindow {
  body: string;
  /**
   * outAt[r - start] is where text[r] lands in body (for whitespace: where the collapsed
   * space goes). A view of a buffer the next call reuses.
   */
  outAt: Uint32Array;
  /** Raw index just past the window. */
  end: number;
}

const outAt = new Column();

/** Copies text from start with whitespace runs collapsed to one space, until body holds maxLength units. */
function collapseWindow(text: string, start: number, maxLength: number): CollapsedWindow {
  const runs: string[] = [];
  let length = 0; // of the body so far
  let runStart = -1; // of the run of non-whitespace being read
  let leadingSpace = false;
  let pendingSpace = false;
  outAt.clear();
  let r = start;
  for (; r < text.length && length < maxLength; r++) {
    const space = isWhitespaceUnit(text.charCodeAt(r));
    outAt.push(length + (pendingSpace && !space ? 1 : 0));
    if (space) {
      if (runStart >= 0) runs.push(text.slice(runStart, r));
      runStart = -1;
      pendingSpace = true;
      continue;
    }
    if (runStart < 0) {
      if (pendingSpace && runs.length === 0) leadingSpace = true;
      runStart = r;
    }
    length += pendingSpace ? 2 : 1;
    pendingSpace = false;
  }
  if (runStart >= 0) runs.push(text.slice(runStart, r));
  let body = (leadingSpace ? ' ' : '') + runs.join(' ');
  const last = body.charCodeAt(body.length - 1);
  if (last >= 0xd800 && last <= 0xdbff && r < text.length) {
    outAt.push(body.length);
    body += text[r++] as string; // never split a surrogate pair
  }
  return { body, outAt: outAt.view(), end: r };
}

/** Moves a cut that falls inside a word back to the space before it, unless that would cut a highlight. */
function cutBetweenWords(text: string, start: number, end: number, keep: number): number {
  if (end >= text.length || !WORD_CHAR.test(text[end - 1] ?? '') || !WORD_CHAR.test(text[end] as string)) return end;
  for (let p = end - 1; p >= keep && p > start && p > end - WORD_BACKOFF; p--) if (isWhitespaceUnit(text.charCodeAt(p))) return p;
  return end; // CJK, or a very long word: cut anywhere
}

/** `ranges` as findMatches gives them: sorted, not overlapping, offsets into `text`. */
export function buildSnippet(text: string, ranges: Range[], options?: { maxLength?: number }): { snippet: string; highlights: Range[] } {
  const maxLength = Math.max(1, options?.maxLength ?? DEFAULT_LENGTH);
  const cluster = bestCluster(text, ranges, maxLength);
  let start = cluster ? windowStart(text, cluster, maxLength) : 0;
  while (start < text.length && isWhitespaceUnit(text.charCodeAt(start))) start++;
  let before = start - 1;
  while (before >= 0 && isWhitespaceUnit(text.charCodeAt(before))) before--;
  const prefix = before >= 0 ? ELLIPSIS : '';

  const window = collapseWindow(text, start, maxLength);
  const inWindow: Range[] = [];
  for (let k = firstEndingAfter(ranges, start); k < ranges.length && (ranges[k] as Range)[0] < window.end; k++) {
    const [a, b] = ranges[k] as Range;
    if (a < b) inWindow.push([a, b]);
  }
  const keep = inWindow.reduce((m, [, b]) => Math.max(m, Math.min(b, window.end)), start);
  const end = cutBetweenWords(text, start, window.end, keep);
  /** Position in body of raw index r, start ≤ r ≤ end. */
  const outPos = (r: number): number => (r - start < window.outAt.length ? (window.outAt[r - start] as number) : window.body.length);
  const body = window.body.slice(0, outPos(end)).trimEnd();
  let cut = false;
  for (let p = end; p < text.length && !cut; p++) cut = !isWhitespaceUnit(text.charCodeAt(p));
  const snippet = prefix + body + (cut ? ELLIPSIS : '');

  const highlights: Range[] = [];
  for (const [a, b] of inWindow) {
    const from = outPos(Math.max(a, start));
    const to = Math.min(outPos(Math.min(b, end)), body.length);
    if (to > from) highlights.push([prefix.length + from, prefix.length + to]);
  }
  return { snippet, highlights };
}
