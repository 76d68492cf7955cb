// Known-item search on the bench's own corpus (issue 15): a reader types the
// opening of a headline they remember — six characters of a Chinese one, three
// words of an English one — and the article should come first. Queries are drawn
// from the library's headlines (every k-th article, openings no other headline
// shares); success@1 and MRR@10 over them.
import type { LibraryService } from '../../src/main/service';
import { CJK, classOf } from '../../src/main/search/char-class';
import { normalize } from '../../src/main/search/normalize';

export interface KnownItemFigures {
  queries: number;
  successAt1: number;
  mrrAt10: number;
}

const SAMPLE = 200;

const isCjk = (ch: string): boolean => classOf(ch.codePointAt(0) ?? 0) === CJK;

/** What a reader types to find a headline: its first six CJK characters, or its first three words. */
export function headlineOpening(title: string): string {
  const trimmed = title.trim();
  const six = [...trimmed].slice(0, 6);
  if (six.length > 0 && six.every(isCjk)) return six.join('');
  return trimmed
    .split(/\s+/)
    .slice(0, 3)
    .join(' ')
    .replace(/[^\p{L}\p{N}]+$/u, '');
}

export async function measureKnownItems(service: LibraryService): Promise<KnownItemFigures> {
  const stored = service.library.db.titles();
  const titles = stored.ids.map((id, i) => ({ id, title: stored.titles[i] as string }));
  const openings = new Map<string, number>();
  for (const { title } of titles) {
    const key = normalize(headlineOpening(title));
    openings.set(key, (openings.get(key) ?? 0) + 1);
  }
  // An opening is a known item only if no other headline starts the same way.
  const startsOnlyOne = (opening: string): boolean => {
    const key = normalize(opening);
    return titles.filter((t) => normalize(t.title).startsWith(key)).length === 1;
  };
  const step = Math.max(1, Math.floor(titles.length / SAMPLE));
  let queries = 0;
  let first = 0;
  let reciprocal = 0;
  for (let i = 0; i < titles.length && queries < SAMPLE; i += step) {
    const { id, title } = titles[i] as { id: number; title: string };
    const opening = headlineOpening(title);
    if (opening.length < 2 || (openings.get(normalize(opening)) ?? 0) > 1 || !startsOnlyOne(opening)) continue;
    const { hits } = await service.search({ query: opening, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 10, snippets: 0 });
    const rank = hits.findIndex((h) => h.id === id);
    queries++;
    if (rank === 0) first++;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  return { queries, successAt1: queries > 0 ? round(first / queries) : 0, mrrAt10: queries > 0 ? round(reciprocal / queries) : 0 };
}
