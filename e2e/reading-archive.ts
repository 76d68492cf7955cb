// A small archive of three sources for the reading-loop tests: Simplified Chinese, Traditional
// Chinese and English, three articles each, long enough that Space has pages to turn. Written to
// a temp folder by the test (small, and nothing under tests/fixtures changes for other specs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedCapture, writeFiles } from '../tests/helpers/article-files';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 1, 8);

const HANS = [
  '俄罗斯总统普京和他的“好朋友”中国国家主席习近平在克里姆林宫举行会谈，双方讨论了经济、能源和地区安全等问题。',
  '分析人士说，这次访问显示两国关系进入了新的阶段；然而，西方国家对此表示担忧、质疑和批评。',
  '北京的记者们在人民大会堂外等候了很久，直到傍晚才得到一份简短的声明。',
];
const HANT = [
  '臺北國際書展今天開幕，出版社們在會場裡排起了長隊，讀者們說：“這是一年中最熱鬧的時候。”',
  '香港的讀者們對這本書的評價很高，書店門口排起了長隊；許多人表示，這樣的盛況已經多年未見。',
  '主辦單位說，今年參展的國家與地區比去年多，講座、簽書會和展覽將持續六天。',
];
const EN = [
  'Volunteers gathered on the bank of the river to pick up the litter that the spring flood left behind, and the city thanked them.',
  'The council said that the work of the volunteers saved the city the cost of a clean-up crew, and that it would plant trees along the path.',
  'Children from the school by the river drew pictures of the birds that came back to the water after the clean-up was done.',
];

/** n paragraphs cycling through the sentences: several screens of text. */
function body(sentences: string[], n: number): string {
  return Array.from({ length: n }, (_, i) => `<p>${sentences[i % sentences.length]}（${i + 1}）</p>`).join('\n');
}

export const SOURCES = { hans: '新闻甲', hant: '新聞乙', en: 'Riverside' } as const;

export const TITLES = {
  hans: ['习近平访俄：“好朋友”的会谈', '两国关系的新阶段', '人民大会堂外的等待'],
  hant: ['臺北書展開幕：“讀者排隊入場”', '香港讀者的熱情', '書展將持續六天'],
  en: ['Volunteers clean up the river', 'The council thanks the volunteers', 'Birds return to the river'],
} as const;

/** Newest first: hans[0] … en[2], one day apart. */
export function makeReadingArchive(): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-reading-'));
  const files: Record<string, string> = {};
  let day = 9;
  for (const key of ['hans', 'hant', 'en'] as const) {
    const sentences = key === 'hans' ? HANS : key === 'hant' ? HANT : EN;
    TITLES[key].forEach((title, i) => {
      files[`${SOURCES[key]}/${key}-${i}.txt`] = feedCapture(
        title,
        `https://example.org/${key}/${i}`,
        body(sentences, 24),
        T0 + day-- * DAY,
      );
    });
  }
  writeFiles(root, files);
  return root;
}
