// Chinese news is not all Han: names, brands, acronyms, links, English glosses
// and quotes. Real archives have Latin letters at p50 8 %, p90 27 % of the text;
// each Chinese article here gets its own share, drawn log-normally, and Latin
// fragments are put in at clause boundaries until the article reaches it.
import type { Random } from '../random';
import { englishSentence, word } from '../text';
import type { Vocabulary } from '../vocabulary';
import { latinLetters } from './shape';

/** Names that are not planted terms (those must keep their known rates). */
const NAMES = [
  'Apple',
  'iPhone',
  'Google',
  'OpenAI',
  'ChatGPT',
  'Microsoft',
  'Tesla',
  'Facebook',
  'Meta',
  'YouTube',
  'TikTok',
  'Huawei',
  'NASA',
  'NATO',
  'GDP',
  'CPI',
  'COVID-19',
  'WHO',
  'IMF',
  'CEO',
  'AI',
  'App',
  'Android',
  'Windows',
  'Linux',
  'GitHub',
  'New York Times',
  'Wall Street Journal',
  'Bloomberg',
  'Financial Times',
  'Elon Musk',
  'Joe Biden',
  'Donald Trump',
  'Taylor Swift',
  'Sam Altman',
  'Jensen Huang',
  'Nvidia',
  'Intel',
  'AMD',
  'Netflix',
  'Amazon',
  'Uber',
  'Airbnb',
];

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function fragment(random: Random, vocabulary: Vocabulary): string {
  const en = vocabulary.en;
  const roll = random.next();
  if (roll < 0.45) return ` ${random.pick(NAMES)} `;
  if (roll < 0.65) return `（${Array.from({ length: random.int(2, 4) }, () => capitalise(word(random, en))).join(' ')}）`;
  if (roll < 0.8) return `“${englishSentence(random, en)}”`;
  if (roll < 0.92) return ` https://www.${word(random, en)}.com/${word(random, en)}/${random.int(1000, 99999)} `;
  return ` ${capitalise(word(random, en))} ${capitalise(word(random, en))} `;
}

/** The share of Latin letters a Chinese article is written to: log-normal, median 7 %, clamped to 0.5–60 %. */
export function latinShareTarget(random: Random): number {
  return Math.min(0.6, Math.max(0.005, Math.exp(Math.log(0.07) + 0.8 * random.normal())));
}

/** Inserts Latin fragments after clause punctuation until the paragraphs reach the share (a little over, at most one fragment). */
export function mixLatin(random: Random, vocabulary: Vocabulary, paragraphs: string[], share: number): string[] {
  const out = [...paragraphs];
  let chars = out.reduce((n, p) => n + p.length, 0);
  let latin = out.reduce((n, p) => n + latinLetters(p), 0);
  for (let guard = 0; latin < share * chars && guard < 10_000; guard++) {
    const k = random.int(0, out.length - 1);
    const p = out[k] as string;
    const cuts: number[] = [];
    for (let i = 0; i < p.length; i++) if ('，。、'.includes(p.charAt(i))) cuts.push(i + 1);
    const at = cuts.length > 0 ? random.pick(cuts) : 0;
    const piece = fragment(random, vocabulary);
    out[k] = p.slice(0, at) + piece + p.slice(at);
    chars += piece.length;
    latin += latinLetters(piece);
  }
  return out;
}
