import { describe, expect, it } from 'vitest';
import { sortSources } from '../../../src/renderer/src/library/sort-sources';

const names = (list: { name: string }[]) => list.map((s) => s.name);

describe('sources in the library pane', () => {
  it('sort case-insensitively in the English interface', () => {
    expect(names(sortSources([{ name: 'bbc' }, { name: 'Apple Daily' }, { name: 'RFI' }, { name: 'abc' }], 'en'))).toEqual([
      'abc',
      'Apple Daily',
      'bbc',
      'RFI',
    ]);
  });

  it('sort Chinese names in pinyin order in the Chinese interface', () => {
    // 法广 fǎ, 泡泡 pào, 美国之音 měi, 德国之声 dé, 纽约时报 niǔ: pinyin order d, f, m, n, p.
    const sorted = sortSources(
      [{ name: '泡泡' }, { name: '法广' }, { name: '美国之音' }, { name: '德国之声' }, { name: '纽约时报' }],
      'zh',
    );
    expect(names(sorted)).toEqual(['德国之声', '法广', '美国之音', '纽约时报', '泡泡']);
  });
});
