// How one query term is answered by the index. A term is text the user typed
// without spaces (or a quoted phrase), already normalised.
//   - one CJK character          → the bigrams it starts, plus the runs it ends (exact);
//   - a CJK run of ≥ 2 characters → the phrase of its bigrams (exact substring match);
//   - one word                   → that word, plus, unless quoted, the words sharing its
//     English stem (stem.ts) and, while it is being typed, every word starting with it;
//   - words (with separators between them) → the phrase of the words (exact, since
//     separators are not indexed and words sit at consecutive positions);
//   - anything else (CJK runs split by punctuation, CJK next to a word, a word longer
//     than the index keeps, several words the last of which is being typed) → the
//     AND of its runs as candidates, which the caller must verify against the text.
import { CJK, WORD, classOf } from './char-class';
import { stemTarget } from './stem';
import type { StemTarget } from './stem';
import { BIGRAM_PREFIX, MAX_WORD_LENGTH, WORD_PREFIX, cjkChars } from './tokenize';

export interface PhrasePart {
  term: string;
  offset: number;
}

export type TermPlan =
  | { kind: 'char'; char: string }
  | { kind: 'phrase'; parts: PhrasePart[] }
  | { kind: 'word'; term: string; prefix: boolean; stem: StemTarget | null }
  | { kind: 'verify'; parts: TermPlan[] }
  | { kind: 'nothing' };

interface Run {
  cls: typeof WORD | typeof CJK;
  text: string;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let cls = 0;
  let start = 0;
  for (let i = 0; i <= text.length;) {
    const cp = i < text.length ? (text.codePointAt(i) as number) : -1;
    const c = cp < 0 ? 0 : classOf(cp);
    if (c !== cls || cp < 0) {
      if (cls !== 0) runs.push({ cls: cls as typeof WORD | typeof CJK, text: text.slice(start, i) });
      cls = c;
      start = i;
    }
    if (cp < 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return runs;
}

function wordTerm(word: string): string {
  return WORD_PREFIX + word.slice(0, MAX_WORD_LENGTH);
}

function cjkPlan(run: string): TermPlan {
  const chars = cjkChars(run);
  if (chars.length === 1) return { kind: 'char', char: run };
  const parts: PhrasePart[] = [];
  for (let k = 0; k + 1 < chars.length; k++) parts.push({ term: BIGRAM_PREFIX + chars[k] + chars[k + 1], offset: k });
  return { kind: 'phrase', parts };
}

function runPlan(run: Run, prefix: boolean, exact: boolean): TermPlan {
  if (run.cls === CJK) return cjkPlan(run.text);
  return { kind: 'word', term: wordTerm(run.text), prefix, stem: exact ? null : stemTarget(run.text) };
}

/** exact: a quoted term, matched as written (no inflections). */
export function planTerm(text: string, prefix: boolean, exact = false): TermPlan {
  const runs = runsOf(text);
  if (runs.length === 0) return { kind: 'nothing' };
  const words = runs.every((r) => r.cls === WORD);
  // A word cut to MAX_WORD_LENGTH in the index, or several words whose last is still being typed,
  // can only be narrowed down by the index.
  const indexExact = !runs.some((r) => r.cls === WORD && r.text.length > MAX_WORD_LENGTH) && !(prefix && runs.length > 1);
  if (runs.length === 1 && indexExact) return runPlan(runs[0] as Run, prefix, exact);
  if (words && indexExact) return { kind: 'phrase', parts: runs.map((r, i) => ({ term: wordTerm(r.text), offset: i })) };
  return { kind: 'verify', parts: runs.map((r, i) => runPlan(r, prefix && i === runs.length - 1, true)) };
}

/** How long a match of the plan is, in index positions (for proximity): words or bigrams. */
export function planLength(plan: TermPlan): number {
  return plan.kind === 'phrase' ? (plan.parts[plan.parts.length - 1] as PhrasePart).offset + 1 : 1;
}
