import { feedCapture, writeFiles } from './article-files';

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const WORDS = ['market', 'river', 'council', 'festival', 'school', 'bridge', 'harbour', 'library'];

/** n feed-capture articles, each with a unique marker word (mk<i>x) so a test can find each one by itself. */
export function writeCorpus(root: string, n: number, seed = 7): string[] {
  let x = seed;
  const rand = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const markers: string[] = [];
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const marker = `mk${i}x`;
    markers.push(marker);
    let body = '';
    for (let p = 0; p < 3; p++) {
      let para = '';
      for (let k = 0; k < 80; k++) para += HAN[Math.floor(rand() * HAN.length)];
      body += `<p>${para} ${WORDS[Math.floor(rand() * WORDS.length)]}</p>`;
    }
    files[`src/${String(i).padStart(5, '0')}.txt`] = feedCapture(
      `文章 ${i}`,
      `https://example.org/a/${i}`,
      `<p>${marker}</p>${body}`,
      1_600_000_000_000 + i * 60_000,
    );
  }
  writeFiles(root, files);
  return markers;
}
