// The words articles are made of. No frequency list can be downloaded here, so
// the vocabulary is built: common Han characters (roughly most frequent first)
// combine into Chinese words of 1–4 characters, common English words are
// followed by generated rare ones, and both are drawn with a Zipf law so
// frequent and rare terms both exist, as in real news text.
import { Random, ZipfSampler } from './random';

/** About 800 common Simplified characters, the most frequent first (the order matters only roughly). */
const COMMON_HAN =
  '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知使全明等外因长现门今相老手把问意回头机理给提间向开走女正情身关并点重位打解原很内物实最合本路力次感白话放被边电车体结高条战先东西南北司市场社府济展题工部业企产技术科文化教育研究美民世界历史新闻报记表示认指包括通进已目由但且果虽或及根据按照加强建设改革管服务安环境保护能源资交运输城农村区央领导干群众代议讨论决知求规制度律组织构单员总统官队警院检犯罪调查件故灾难疫病毒医患健康卫药苗测隔离防控措施政策计划案项投金银融价格增降涨减少低影响结式程况基础水平标准质数量模范围领域商品消费需供应口贸易协谈判系际球冲突武器弹核攻击袭死亡受伤失踪救援逃移境抗威游选举票候党派权言论媒网络台用户信息隐私监审禁删除封锁春夏秋冬月周星期左右间远近新旧快慢好坏真假对错黑白红绿蓝黄青紫山火土木石田河江湖海岛林花草树鸟鱼虫马牛羊猪狗鸡猫龙虎父母兄弟姐妹儿夫妻朋友师孩妇男庭活习读书写字语音乐影视广播纸杂志图片频脑汽飞船桥梁房屋住宅筑园校店餐酒站港厂粮食饮料衣服鞋帽颜色声味温气候雨雪风云雷阳光污染垃圾塑钱币税费收入支付账号码址街楼层座证卡名类型特别专普般必须该希望觉识清楚信助参办召立取消停止始继续完达获维持变转流存含属称叫联接触沟竞争择析评批赞鼓励请邀拒承否宣布透露揭介绍释描述讲答询采访谈观看派态原则精神思想念意传统惯俗宗仰德伦值利益责义务平等公正治秩序稳危险挑遇优劣困矛压负担效润损亏破倒闭裁职岗资待福养退疗啊吧吗呢哦嗯呀哪谁怎样什些每另再更太非常极其相当较稍微几乎差约之然否即使尽管论只除既为便免甚至何况且必究竟毕终于算简似仿佛像向从曾正将快马立刻顿忽渐慢悄偷亲独各互彼共概律整所切任某若干许百千万亿零两俩第初半双齐乱静闹热冷暖凉湿软硬轻胖瘦宽窄厚薄深浅粗细尖圆弯亮暗香臭甜苦辣咸酸';

/** The most frequent English words of news text, roughly in order. */
const COMMON_ENGLISH = (
  'the of and to a in is that for it as was with be by on not he this are or his from at which but have an they you ' +
  'were her she there been one all we their has would when if so no what can more will up out other about into than ' +
  'them its time only new some could these two may then do first any my now such like our over man me even most made ' +
  'after also did many before must through back years where much your way well down should because each just those ' +
  'people how too little state good very make world still own see men work long here get both between life being under ' +
  'never day same another know while last might us great old year off come since against go came right used take three ' +
  'states himself few house use during without again place around however home small found thought went say part once ' +
  'general high upon school every does got united left number course war until always away something fact though water ' +
  'less public put think almost hand enough far took head yet government system better set told nothing night end why ' +
  'called find going look asked later knew point next program city business give group toward young days let room ' +
  'president side social present given several order national possible rather second face per among form important often ' +
  'things looked early white case become large big need four within felt along children saw best church ever least power ' +
  'development light thing family interest want members mind country area others done turned although open problem sense ' +
  'market report company minister police court election official officials economy policy security health support data ' +
  'million percent news week month budget energy climate trade tax bank prices workers union leaders foreign military ' +
  'attack forces border talks deal agreement law rights vote campaign party press media online users platform technology ' +
  'research study hospital virus vaccine crisis growth investment industry service services public private statement ' +
  'according reported said says told added spokesman director chief former current global local regional international'
).split(' ');

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ran',
  'tel',
  'vor',
  'bes',
  'quin',
  'dra',
  'sto',
  'fen',
  'gal',
  'hur',
  'ix',
  'jor',
  'nel',
  'pla',
  'sar',
  'tri',
  'ul',
  'ven',
  'wes',
  'zel',
  'bro',
  'cas',
  'dun',
  'el',
  'fos',
  'gri',
  'ham',
  'is',
  'lan',
  'mor',
  'nix',
  'or',
  'pen',
  'rus',
  'sel',
  'tam',
  'und',
];

export type Language = 'zh' | 'en';

/**
 * Words put into articles on purpose, at known rates, so the query set has
 * terms whose frequency is known: everywhere, common, rare. `every` plants
 * into exactly one article in that many (deterministic, so even a small corpus
 * has one); `fraction` is a per-article chance.
 */
export interface PlantedTerm {
  text: string;
  language: Language | 'any';
  fraction?: number;
  every?: number;
}

export const PLANTED_TERMS: readonly PlantedTerm[] = [
  { text: '经济', language: 'zh', fraction: 0.45 },
  { text: '习近平', language: 'zh', fraction: 0.05 },
  { text: '普京', language: 'zh', fraction: 0.02 },
  { text: '泽连斯基', language: 'zh', fraction: 0.01 },
  { text: '人工智能', language: 'zh', fraction: 0.01 },
  { text: '一带一路', language: 'zh', fraction: 0.005 },
  // Its characters are in no other word, so its count in the corpus is exact.
  { text: '鹦鹉螺', language: 'any', every: 1000 },
  { text: 'Twitter', language: 'any', fraction: 0.08 },
  { text: 'climate change', language: 'en', fraction: 0.05 },
  { text: 'Zürich', language: 'en', fraction: 0.01 },
];

export const RARE_TERM = '鹦鹉螺';

export interface Lexicon {
  words: string[];
  sampler: ZipfSampler;
}

export interface Vocabulary {
  zh: Lexicon;
  en: Lexicon;
}

function uniqueHan(text: string, excluded: string): string[] {
  const banned = new Set(excluded);
  return [...new Set(text)].filter((ch) => /\p{Script=Han}/u.test(ch) && !banned.has(ch));
}

/** Chinese words: mostly two characters, made of characters drawn by frequency. */
function chineseWords(random: Random, count: number): string[] {
  const chars = uniqueHan(COMMON_HAN, RARE_TERM);
  const charSampler = new ZipfSampler(chars.length, 0.9);
  const words = new Set<string>();
  const lengths = [1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4];
  for (let attempts = 0; words.size < count && attempts < count * 20; attempts++) {
    const length = random.pick(lengths);
    let word = '';
    for (let i = 0; i < length; i++) word += chars[charSampler.sample(random)];
    words.add(word);
  }
  return [...words];
}

/** English: the common words first, then invented rare words for the long tail. */
function englishWords(random: Random, count: number): string[] {
  const words = new Set(COMMON_ENGLISH);
  for (let attempts = 0; words.size < count && attempts < count * 20; attempts++) {
    const parts = random.int(2, 4);
    let word = '';
    for (let i = 0; i < parts; i++) word += random.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

/** The vocabulary for a seed (building it takes well under a second). */
export function buildVocabulary(seed: number): Vocabulary {
  const random = Random.derive(seed, -1);
  const zh = chineseWords(random, 40_000);
  const en = englishWords(random, 30_000);
  return {
    zh: { words: zh, sampler: new ZipfSampler(zh.length, 1.05) },
    en: { words: en, sampler: new ZipfSampler(en.length, 1.05) },
  };
}
