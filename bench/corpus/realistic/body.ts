// Turns an article's paragraphs into the blocks real bodies are made of: each
// site template renders them in its own markup.
import type { Random } from '../random';
import { title as headline, word } from '../text';
import type { Language, Vocabulary } from '../vocabulary';
import type { Block, Picture } from './blocks';

export function picture(random: Random, host: string, alt = ''): Picture {
  const path = random.pick([
    () =>
      `https://img.${host}/wp-content/uploads/${random.int(2015, 2024)}/${String(random.int(1, 12)).padStart(2, '0')}/` +
      `${random.hex(12)}.jpg`,
    () => `https://mmbiz.qpic.example/mmbiz_jpg/${random.hex(32)}/640?wx_fmt=jpeg`,
    () => `https://miro.medium.example/v2/resize:fit:${random.pick([700, 1400])}/1*${random.hex(22)}.png`,
    () => `https://cdn.${host}/images/${random.hex(8)}/${random.hex(16)}.webp`,
  ])();
  const width = random.pick([640, 700, 800, 1080, 1200]);
  return { src: path, alt, width, height: Math.round(width * (0.5 + random.next() * 0.3)) };
}

/** Images in the body: most articles have one to three, a few are galleries of dozens. */
function imageCount(random: Random, chars: number): number {
  if (random.chance(0.02)) return random.int(15, 120);
  const mean = 0.7 + chars / 1600;
  let n = 0;
  for (let i = 0; i < 12 && random.chance(mean / (mean + 1)); i++) n++;
  return n;
}

function sentences(paragraph: string, language: Language): string[] {
  const parts = language === 'zh' ? paragraph.match(/[^。？！]+[。？！]?/g) : paragraph.match(/[^.]+\.?/g);
  return (parts ?? [paragraph]).map((s) => s.trim()).filter(Boolean);
}

function table(random: Random, vocabulary: Vocabulary, language: Language): Block {
  const lexicon = vocabulary[language];
  const cols = random.int(2, 5);
  const head = Array.from({ length: cols }, () => word(random, lexicon));
  const rows = Array.from({ length: random.int(2, 9) }, () =>
    Array.from({ length: cols }, (_, c) =>
      c === 0
        ? word(random, lexicon)
        : random.chance(0.7)
          ? `${random.int(1, 9999)}${random.pick(['', '%', '万', '.5'])}`
          : word(random, lexicon),
    ),
  );
  return { kind: 'table', rows: [head, ...rows] };
}

/** Turns paragraphs into blocks: subheadings every few paragraphs, some quotes and lists, tables and pictures here and there. */
export function bodyBlocks(random: Random, vocabulary: Vocabulary, language: Language, paragraphs: string[], host: string): Block[] {
  const blocks: Block[] = [];
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const pictures = imageCount(random, chars);
  const pictureAt = new Map<number, number>();
  for (let i = 0; i < pictures; i++) {
    const at = random.int(0, paragraphs.length);
    pictureAt.set(at, (pictureAt.get(at) ?? 0) + 1);
  }
  const withTable = random.chance(0.12) ? random.int(1, Math.max(1, paragraphs.length - 1)) : -1;
  paragraphs.forEach((p, i) => {
    for (let k = pictureAt.get(i) ?? 0; k > 0; k--) {
      const pic = picture(random, host, random.chance(0.4) ? word(random, vocabulary[language]) : '');
      blocks.push(
        random.chance(0.5)
          ? { kind: 'figure', picture: pic, caption: headline(random, vocabulary, language) }
          : { kind: 'image', picture: pic },
      );
    }
    if (i === withTable) blocks.push(table(random, vocabulary, language));
    if (i > 2 && i % random.int(4, 9) === 0) blocks.push({ kind: 'h2', text: headline(random, vocabulary, language) });
    const roll = random.next();
    if (roll < 0.06) blocks.push({ kind: 'quote', text: p });
    else if (roll < 0.1 && p.length > 80) blocks.push({ kind: 'list', ordered: random.chance(0.4), items: sentences(p, language) });
    else blocks.push({ kind: 'p', text: p });
  });
  for (let k = pictureAt.get(paragraphs.length) ?? 0; k > 0; k--) blocks.push({ kind: 'image', picture: picture(random, host) });
  return blocks;
}
