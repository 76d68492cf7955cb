// Generated articles for the ranking tests: Chinese and English headlines, and
// bodies that repeat other headlines' words — the distractors a known-item search
// must rank below the article whose headline the reader is typing.
import { feedCapture, writeFiles } from './article-files';
import { seeded } from './seeded-random';

const ZH_WORDS = [
  '经济',
  '改革',
  '政府',
  '人民',
  '发展',
  '会议',
  '中国',
  '美国',
  '俄罗斯',
  '欧洲',
  '选举',
  '总统',
  '外交',
  '部长',
  '北京',
  '上海',
  '香港',
  '台湾',
  '疫苗',
  '病毒',
  '市场',
  '股市',
  '银行',
  '能源',
  '气候',
  '环境',
  '科技',
  '人工智能',
  '芯片',
  '手机',
  '学生',
  '大学',
  '教育',
  '医院',
  '医生',
  '工人',
  '工厂',
  '农民',
  '城市',
  '乡村',
  '法院',
  '律师',
  '新闻',
  '记者',
  '媒体',
  '战争',
  '和平',
  '军队',
  '边境',
  '难民',
  '移民',
  '文化',
  '电影',
  '音乐',
  '书展',
  '读者',
  '作家',
  '历史',
  '博物馆',
  '体育',
];
const EN_WORDS = [
  'china',
  'beijing',
  'vaccine',
  'leader',
  'global',
  'market',
  'people',
  'work',
  'tough',
  'trade',
  'economy',
  'growth',
  'policy',
  'election',
  'president',
  'minister',
  'court',
  'police',
  'students',
  'workers',
  'factory',
  'energy',
  'climate',
  'ocean',
  'river',
  'city',
  'village',
  'bank',
  'money',
  'price',
  'housing',
  'rent',
  'film',
  'music',
  'book',
  'school',
  'hospital',
  'doctor',
  'virus',
];
/** Headline shapes with the short words real headlines open with (Will … Be, For …, How …). */
const EN_SHAPES = [
  (a: string, b: string, c: string) => `Will ${a} Be a ${b} ${c}?`,
  (a: string, b: string, c: string) => `For ${a}, Putting ${b} Back to ${c} May Prove Hard`,
  (a: string, b: string, c: string) => `How ${a} Is Changing the ${b} of ${c}`,
  (a: string, b: string, _c: string) => `Why the ${a} ${b} Is Not Over`,
  (a: string, b: string, c: string) => `In ${a}, a ${b} for ${c}`,
  (a: string, b: string, c: string) => `Is ${a} Ready for the ${b} ${c}?`,
];

export interface RankingArticle {
  file: string;
  title: string;
  body: string;
  lang: 'zh' | 'en';
}

const cap = (w: string): string => w[0]?.toUpperCase() + w.slice(1);

/** n Chinese and n English articles, each headline shaped as above; every body repeats two other headlines' words many times. */
export function rankingArticles(n: number, seed = 15): RankingArticle[] {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: RankingArticle[] = [];
  for (let i = 0; i < n; i++) {
    let title = '';
    while (title.length < 12) title += pick(ZH_WORDS);
    out.push({ file: `zh/${i}.txt`, title, body: '', lang: 'zh' });
    const shape = pick(EN_SHAPES);
    out.push({ file: `en/${i}.txt`, title: shape(cap(pick(EN_WORDS)), cap(pick(EN_WORDS)), cap(pick(EN_WORDS))), body: '', lang: 'en' });
  }
  for (const a of out) {
    const same = out.filter((o) => o.lang === a.lang && o !== a);
    const echoed = [pick(same), pick(same)].map((o) => o.title);
    const sentences: string[] = [];
    for (let s = 0; s < 12; s++) {
      if (a.lang === 'zh') {
        let line = '';
        for (let w = 0; w < 10; w++) line += rand() < 0.3 ? (pick(echoed).slice(0, 4 + Math.floor(rand() * 4)) as string) : pick(ZH_WORDS);
        sentences.push(`${line}。`);
      } else {
        const words = Array.from({ length: 14 }, () => (rand() < 0.3 ? pick(echoed) : pick(EN_WORDS)));
        sentences.push(`${words.join(' ')}.`);
      }
    }
    a.body = sentences.map((s) => `<p>${s}</p>`).join('');
  }
  return out;
}

export function writeRankingCorpus(root: string, articles: readonly RankingArticle[]): void {
  const files: Record<string, string> = {};
  articles.forEach((a, i) => {
    files[a.file] = feedCapture(a.title, `https://example.org/ranking/${i}`, a.body, 1_600_000_000_000 + i * 3_600_000);
  });
  writeFiles(root, files);
}
