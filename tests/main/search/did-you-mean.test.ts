// "Did you mean" answers from the library's own words; its shortcuts (words kept by
// length, a letter-set filter, a reused distance table) must pick exactly what
// comparing the word with every vocabulary word would.
import { describe, expect, it } from 'vitest';
import { editDistance, Vocabulary } from '../../../src/main/search/did-you-mean';
import { seeded } from '../../helpers/seeded-random';

/** Optimal string alignment distance, the whole table, no early exit. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Every word compared: the best frequency-weighted score, the first word on a tie. */
function referenceCorrection(entries: [string, number][], word: string): string | null {
  const dfs = new Map<string, number>();
  for (const [w, df] of entries) dfs.set(w, (dfs.get(w) ?? 0) + df);
  const own = dfs.get(word) ?? 0;
  if (word.length < 3 || own > 2) return null;
  const max = word.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const [candidate, df] of dfs) {
    const d = referenceDistance(word, candidate);
    if (df <= own || d > max) continue;
    const score = Math.log(df) - 4.6 * d;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('vaccine', 'vacicne', 2)).toBe(1);
    expect(editDistance('vacine', 'vaccine', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('beijing', 'bejiing', 2)).toBe(1);
  });

  it('prefers the word more articles use, and leaves known words alone', () => {
    const words = new Vocabulary([
      ['vaccine', 40],
      ['vaccines', 3],
      ['vacancy', 9],
      ['beijing', 120],
      ['bejing', 1],
    ]);
    expect(words.correction('vacine')).toBe('vaccine');
    expect(words.correction('bejing')).toBe('beijing');
    expect(words.correction('beijing')).toBeNull();
    expect(words.correction('zzzzzz')).toBeNull();
    expect(words.correction('ab')).toBeNull();
  });

  it('picks what comparing with every word picks, over random vocabularies', () => {
    const random = seeded(2026);
    const letters = 'abcdeilnorst';
    const word = (): string =>
      Array.from({ length: 3 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join('');
    const pick = (n: number): number => Math.floor(random() * n);
    /** A word with one or two random edits: what a typo looks like. */
    const misspelt = (w: string): string => {
      let out = w;
      for (let edits = 1 + pick(2); edits > 0; edits--) {
        const at = pick(out.length);
        const letter = letters[pick(letters.length)] as string;
        const kind = pick(4);
        if (kind === 0) out = out.slice(0, at) + letter + out.slice(at + 1);
        else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
        else if (kind === 2) out = out.slice(0, at) + letter + out.slice(at);
        else if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
      }
      return out;
    };
    let corrected = 0;
    for (let round = 0; round < 8; round++) {
      const entries: [string, number][] = Array.from({ length: 300 }, () => [word(), 1 + Math.floor(random() * 50)]);
      const words = new Vocabulary(entries);
      for (let q = 0; q < 40; q++) {
        const known = (entries[pick(entries.length)] as [string, number])[0];
        const typed = [known, misspelt(known), word()][pick(3)] as string;
        const expected = referenceCorrection(entries, typed);
        if (expected !== null) corrected++;
        expect(words.correction(typed), typed).toBe(expected);
      }
    }
    // Most random words have a correction: the comparison is not made only on nulls.
    expect(corrected).toBeGreaterThan(80);
  });
});
