import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../src/main/search/match-text';
import type { TextPattern } from '../../../src/main/search/match-text';
import { normalize } from '../../../src/main/search/normalize';
import { buildSnippet } from '../../../src/main/search/snippet';

const pattern = (text: string): TextPattern => ({ text: normalize(text), prefix: false });

function snippetFor(
  text: string,
  words: string[],
  maxLength?: number,
): { snippet: string; highlights: [number, number][]; marked: string[] } {
  const ranges = findMatches(text, words.map(pattern));
  const { snippet, highlights } = buildSnippet(text, ranges, maxLength === undefined ? undefined : { maxLength });
  return { snippet, highlights, marked: highlights.map(([a, b]) => snippet.slice(a, b)) };
}

const filler = (sentences: number): string => 'Nothing to see in this sentence at all. '.repeat(sentences);

describe('buildSnippet', () => {
  it('shows the beginning of the text when there is no match', () => {
    const text = `  \n Opening words of the article. ${filler(20)}`;
    const { snippet, highlights } = buildSnippet(text, []);
    expect(snippet.startsWith('Opening words of the article.')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights).toEqual([]);
  });

  it('returns a short text whole, without ellipses', () => {
    const { snippet, marked } = snippetFor('The fox ran.', ['fox']);
    expect(snippet).toBe('The fox ran.');
    expect(marked).toEqual(['fox']);
  });

  it('chooses the passage with the most matches', () => {
    const text = `A lone fox at the start. ${filler(15)}The fox met another fox and a third fox by the river. ${filler(15)}`;
    const { snippet, marked } = snippetFor(text, ['fox']);
    expect(snippet).toContain('The fox met another fox and a third fox by the river.');
    expect(marked).toEqual(['fox', 'fox', 'fox']);
  });

  it('prefers a passage with different matched words over one word repeated', () => {
    const text = `The fox saw a fox. ${filler(15)}The fox bit Trump. ${filler(15)}`;
    const { snippet, marked } = snippetFor(text, ['fox', 'trump']);
    expect(snippet).toContain('The fox bit Trump.');
    expect(marked).toEqual(['fox', 'Trump']);
  });

  it('starts at the sentence holding the match and marks a cut with ellipses', () => {
    const text = `${filler(10)}Here the fox appears in the middle. ${filler(10)}`;
    const { snippet } = snippetFor(text, ['fox']);
    expect(snippet.startsWith('…Here the fox appears')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('does not cut a word in two at the end', () => {
    const text = `The fox ${'remarkably '.repeat(40)}`;
    const { snippet } = snippetFor(text, ['fox'], 50);
    expect(snippet).toMatch(/^The fox( remarkably)+…$/);
    expect(snippet.length).toBeLessThanOrEqual(51);
  });

  it('collapses whitespace and keeps highlights on the matched characters', () => {
    const text = `Intro.\n\n\n   The   quick\tfox\n\njumps over   New \n York today.`;
    const { snippet, marked } = snippetFor(text, ['fox', 'new york']);
    expect(snippet).toBe('Intro. The quick fox jumps over New York today.');
    expect(marked).toEqual(['fox', 'New York']);
  });

  it('highlights the original characters of a CJK match after an ellipsis', () => {
    const text = `${'新闻内容与本次搜索无关。'.repeat(30)}習近平在克里姆林宫会见普京。${'新闻内容与本次搜索无关。'.repeat(30)}`;
    const { snippet, marked } = snippetFor(text, ['习近平', '普京']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('習近平在克里姆林宫会见普京。');
    expect(marked).toEqual(['習近平', '普京']);
    expect(snippet.length).toBeLessThanOrEqual(162);
  });

  it('respects maxLength', () => {
    const text = '中'.repeat(1000);
    const { snippet } = buildSnippet(text, [[500, 501]], { maxLength: 40 });
    expect(snippet.length).toBeLessThanOrEqual(42);
    expect(snippet).toMatch(/^…中+…$/);
  });

  it('clips a match longer than the snippet', () => {
    const text = `before ${'x'.repeat(300)} after`;
    const { snippet, highlights } = buildSnippet(text, [[7, 307]], { maxLength: 50 });
    expect(highlights).toHaveLength(1);
    const [a, b] = highlights[0] as [number, number];
    expect(snippet.slice(a, b)).toMatch(/^x+$/);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(200);
    const { snippet } = buildSnippet(text, [], { maxLength: 11 });
    expect(snippet.replace('…', '')).toMatch(/^(😀)+$/u);
  });

  it('finds the passage in a text of several megabytes', () => {
    const text = `${'长篇报道内容，与搜索无关。'.repeat(700_000)}最后一段提到習近平。`;
    expect(text.length).toBeGreaterThan(9_000_000);
    const at = text.indexOf('習近平');
    const { snippet, highlights } = buildSnippet(text, [[at, at + 3]]);
    expect(snippet.endsWith('最后一段提到習近平。')).toBe(true);
    expect(highlights.map(([a, b]) => snippet.slice(a, b))).toEqual(['習近平']);
  });
});

describe('snippet placement for result lists', () => {
  it('starts close to the first match, since lists show only the first lines of a snippet', () => {
    const text = `${'台北國際書展今天開幕，主辦單位表示，今年共有來自四十個國家的出版社參展。'.repeat(2)}許多讀者一早便在會場外排隊。習近平與普京的會談也成為話題。`;
    const at = text.indexOf('習近平');
    const { snippet, highlights } = buildSnippet(text, [[at, at + 3]]);
    expect(snippet.slice(...(highlights[0] as [number, number]))).toBe('習近平');
    expect(highlights[0]?.[0]).toBeLessThanOrEqual(26);
  });
});
