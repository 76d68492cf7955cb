// Marking an article read or starred changes its row everywhere it is shown; rows the
// change does not affect stay the same object, so the list does not redraw them.
import { describe, expect, it } from 'vitest';
import { patchArticle } from '../../../src/renderer/src/state/article-state';
import type { ArticleSummary } from '../../../src/shared/model';

const row: ArticleSummary = {
  id: 7,
  title: '习近平会见普京',
  source: 'BBC 中文',
  sourceId: 2,
  date: '2023-03-21T08:00:00Z',
  dateGuessed: false,
  read: false,
  starred: false,
  lang: 'zh-Hans',
};

describe('patchArticle', () => {
  it('applies the new read and star state and keeps the rest of the row', () => {
    expect(patchArticle(row, { read: true })).toEqual({ ...row, read: true });
    expect(patchArticle(row, { starred: true })).toEqual({ ...row, starred: true });
    expect(patchArticle(row, { read: true, starred: true })).toEqual({ ...row, read: true, starred: true });
    expect(row.read).toBe(false);
  });

  it('keeps the fields of a search hit', () => {
    const hit = { ...row, snippet: '会见', score: 3 };
    expect(patchArticle(hit, { read: true })).toEqual({ ...hit, read: true });
  });

  it('returns the same row when the patch changes nothing', () => {
    expect(patchArticle(row, {})).toBe(row);
    expect(patchArticle(row, { read: false, starred: false })).toBe(row);
  });
});
