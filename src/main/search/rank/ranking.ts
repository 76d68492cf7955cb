// Orders the matching articles. Relevance is BM25F (per field), plus a bonus when
// the headline holds the query as a phrase (more at its start), plus — for the
// best-ranked few, and queries of several terms — a bonus for terms standing
// together. Bonuses are stated as shares of the query's scale (the most BM25F can
// give), so a headline phrase outranks any amount of body mentions and proximity
// outranks small BM25F differences. Recency breaks ties; `date` sorts by date only.
import type { ScoreParts } from '../../../shared/model';
import type { Evaluation } from '../evaluate';
import type { SegmentSet } from '../index/segment-set';
import { proximities } from './proximity';
import { AT_TITLE_START, IN_TITLE, NOT_IN_TITLE, titlePlacer } from './title-phrase';
import type { TitlePlace } from './title-phrase';
import type { TitleTable } from './title-table';
import { TopK } from '../top-k';

const TITLE_PHRASE_SHARE = 0.6;
const TITLE_START_SHARE = 0.4;
const PROXIMITY_SHARE = 0.3;
/** Candidates given proximity: a couple of screens and more; deeper pages keep their BM25F order. */
export const RERANKED = 200;

export interface RankInput {
  index: SegmentSet;
  titles: TitleTable;
  evaluation: Evaluation;
  date(id: number): number;
  byDate: boolean;
}

export interface Ranking {
  /** Best first. */
  push(id: number): void;
  /** The first `count` articles, best first. */
  top(count: number): number[];
  score(id: number): number;
  /** What the score adds up from (the hit adds its date, which breaks ties). */
  parts(id: number): Omit<ScoreParts, 'recency'>;
  /** The article's headline holds the whole query (whatever the sort). */
  inHeadline(id: number): boolean;
}

export function createRanking(input: RankInput, count: number): Ranking {
  const { evaluation, date, byDate } = input;
  const { hits, scale } = evaluation;
  const place = titlePlacer(evaluation.terms, input.titles);
  const bonus = new Map<number, number>();
  const proximity = new Map<number, number>();
  const mayHoldQuery = (id: number): boolean => place !== null && (hits.titleTerms[id] as number) >= evaluation.clauses;
  const placeOf = (id: number): TitlePlace => (place && mayHoldQuery(id) ? place(id) : NOT_IN_TITLE);
  const bonusAt = (p: TitlePlace): number =>
    p === AT_TITLE_START ? (TITLE_PHRASE_SHARE + TITLE_START_SHARE) * scale : p === IN_TITLE ? TITLE_PHRASE_SHARE * scale : 0;
  const mostBonus = bonusAt(AT_TITLE_START);
  const bm25 = (id: number): number => (hits.title[id] as number) + (hits.body[id] as number);
  const score = (id: number): number => bm25(id) + (bonus.get(id) ?? 0) + (proximity.get(id) ?? 0);
  // Scores compared to a thousandth, so float noise never outranks recency.
  const key = (id: number): number => (byDate ? 0 : Math.round(score(id) * 1000));
  const compare = (a: number, b: number): number => key(a) - key(b) || date(a) - date(b) || a - b;
  // Only a query of several terms is reranked by proximity; any other keeps just the hits asked
  // for (a frequent term's hits were placed in headlines to win a place among 200, not 50).
  const reranked = !byDate && evaluation.terms.length >= 2;
  const best = new TopK(Math.max(count, reranked ? RERANKED : 0));
  return {
    push(id) {
      if (byDate) {
        best.push(id, 0, date(id));
        return;
      }
      // Keyed from its parts at hand: no proximity yet (only the best few get it, once every hit is in).
      // Placing the query in a headline costs a match, and a frequent term has thousands of headlines
      // holding it: a hit that could not get in even with the largest bonus is not placed.
      const bm = bm25(id);
      const day = date(id);
      let b = 0;
      if (mayHoldQuery(id) && best.admits(id, Math.round((bm + mostBonus) * 1000), day)) {
        b = bonusAt(placeOf(id));
        if (b > 0) bonus.set(id, b);
      }
      best.push(id, Math.round((bm + b) * 1000), day);
    },
    top(n) {
      let ids = best.sorted();
      if (reranked) {
        const head = ids.slice(0, RERANKED);
        for (const [id, p] of proximities(input.index, evaluation.terms, head)) proximity.set(id, p * PROXIMITY_SHARE * scale);
        ids = [...head.sort((a, b) => compare(b, a)), ...ids.slice(RERANKED)];
      }
      return ids.slice(0, n);
    },
    score,
    inHeadline: (id) => placeOf(id) !== NOT_IN_TITLE,
    parts(id) {
      const round = (v: number): number => Math.round(v * 1000) / 1000;
      return {
        bm25Title: round(hits.title[id] as number),
        bm25Body: round(hits.body[id] as number),
        titlePhrase: round(bonus.get(id) ?? 0),
        proximity: round(proximity.get(id) ?? 0),
      };
    },
  };
}
