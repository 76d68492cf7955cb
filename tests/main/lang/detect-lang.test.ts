// The language an article is drawn in: Simplified and Traditional Chinese told apart by their
// characters (the source deciding only when the text cannot), Japanese and Korean by their scripts.
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../src/main/lang/detect-lang';

const plain = { url: null, encoding: 'utf-8' };

describe('detectLang', () => {
  it('tells Simplified from Traditional Chinese by their characters', () => {
    expect(detectLang('习近平访俄', '克里姆林宫低调回应称，这次访问说明两国关系进入新时代，我们将继续观察。', plain)).toBe('zh-Hans');
    expect(detectLang('習近平訪俄', '克里姆林宮低調回應稱，這次訪問說明兩國關係進入新時代，我們將繼續觀察。', plain)).toBe('zh-Hant');
  });

  it('lets the source decide when the characters are the same in both scripts', () => {
    const text = '中国大陆天气晴朗，人们在公园里散步。';
    expect(detectLang('天气', text, plain)).toBe('zh-Hans');
    expect(detectLang('天气', text, { url: 'https://news.example.com.tw/a/1', encoding: 'utf-8' })).toBe('zh-Hant');
    expect(detectLang('天气', text, { url: null, encoding: 'big5' })).toBe('zh-Hant');
  });

  it('a Chinese article quoting English is still Chinese; English text is English', () => {
    expect(detectLang('标题', '他说 "freedom of the press" 这句话的时候，会场里的人都安静了下来，记者们纷纷记录。', plain)).toBe('zh-Hans');
    expect(
      detectLang('River clean-up', 'Volunteers gathered on the bank of the river to pick up the litter that the flood left.', plain),
    ).toBe('en');
  });

  it('names Japanese and Korean by their scripts, and says nothing for too little text', () => {
    expect(detectLang('東京', '今日は東京で新しい展覧会が開かれました。多くの人が訪れています。', plain)).toBe('ja');
    expect(detectLang('서울', '오늘 서울에서 새로운 전시회가 열렸습니다.', plain)).toBe('ko');
    expect(detectLang('', '12345 !!', plain)).toBe('und');
  });
});
