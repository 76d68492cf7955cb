// BM25F: title and body are separate fields, each length-normalised against its
// own average before their counts are added (a headline is short whatever the
// length of its article), then saturated once. The title field weighs TITLE_WEIGHT
// body occurrences, as the peers measured in issue 15 weigh theirs.
export const K1 = 1.2;
const TITLE_B = 0.5;
const BODY_B = 0.75;
export const TITLE_WEIGHT = 8;

export interface FieldLengths {
  title: number;
  body: number;
  avgTitle: number;
  avgBody: number;
}

/** Robertson–Spärck Jones idf, never negative (a word in most articles still counts a little). */
export function idfOf(df: number, live: number): number {
  return Math.log(1 + (Math.max(live, df) - df + 0.5) / (df + 0.5));
}

/** The most one term can add to a document's score (its saturation limit). */
export const maxTermScore = (idf: number): number => idf * (K1 + 1);

export interface FieldScores {
  title: number;
  body: number;
}

/**
 * A term's score in one document, split into what its title and its body contribute,
 * written into `out` (a frequent term scores thousands of documents per search: no
 * object apiece).
 */
export function bm25f(idf: number, titleTf: number, bodyTf: number, len: FieldLengths, out: FieldScores): FieldScores {
  const t = (TITLE_WEIGHT * titleTf) / (1 - TITLE_B + (TITLE_B * len.title) / len.avgTitle);
  const b = bodyTf / (1 - BODY_B + (BODY_B * len.body) / len.avgBody);
  const x = t + b;
  if (x === 0) {
    out.title = 0;
    out.body = 0;
    return out;
  }
  const score = (idf * x * (K1 + 1)) / (x + K1);
  out.title = (score * t) / x;
  out.body = (score * b) / x;
  return out;
}
