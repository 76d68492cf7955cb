// Headlines are normalised ahead of the first search while the library warms up;
// a search that arrives meanwhile stops that at once, and ranks by the same headlines.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/main/search/normalize';
import { TitleTable } from '../../../src/main/search/rank/title-table';

const TITLES = Array.from({ length: 1000 }, (_, i) => (i % 2 ? `習近平訪問俄羅斯 第${i}篇` : `Vaccines REPORTED in Zürich, part ${i}`));
// Ids as a library has them: from 1, with gaps where articles were removed.
const IDS = TITLES.map((_, i) => 1 + i + Math.floor(i / 10));

function table(): TitleTable {
  const t = new TitleTable();
  t.load({ ids: IDS, titles: TITLES });
  return t;
}

describe('headlines kept for ranking', () => {
  it('gives way as soon as a search waits, and the headlines it did not reach read the same when asked for', () => {
    const t = table();
    let looks = 0;
    expect(t.normalizeAll(() => ++looks > 2)).toBe(false);
    expect(looks).toBe(3);
    IDS.forEach((id, i) => expect(t.normalizedTitle(id)).toBe(normalize(TITLES[i] as string)));
  });

  it('normalises every headline when nothing waits, and leaves the gaps empty', () => {
    const t = table();
    expect(t.normalizeAll()).toBe(true);
    IDS.forEach((id, i) => expect([t.title(id), t.normalizedTitle(id)]).toEqual([TITLES[i], normalize(TITLES[i] as string)]));
    expect(t.title(11)).toBe('');
  });
});
