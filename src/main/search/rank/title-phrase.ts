// The part of the ranking a reader notices first: a headline that holds the whole
// query as a phrase — above all at its start — is the article they meant
// (issue 15: `For Beijing` is the headline "For Beijing, Putting People Back to
// Work…", not an article saying Beijing forty times).
import { CJK, SEPARATOR, classOf } from '../char-class';
import type { RankedTerm } from '../evaluate';
import { firstMatcher } from '../match-text';
import type { TitleTable } from './title-table';

export const NOT_IN_TITLE = 0;
export const IN_TITLE = 1;
export const AT_TITLE_START = 2;
export type TitlePlace = typeof NOT_IN_TITLE | typeof IN_TITLE | typeof AT_TITLE_START;

const isCjk = (ch: string | undefined): boolean => ch !== undefined && classOf(ch.codePointAt(0) as number) === CJK;

/** The terms as one phrase: CJK terms typed apart still meet in a headline without a space (中国 经济 ~ 中国经济). */
export function queryPhrase(terms: readonly RankedTerm[]): string {
  let phrase = '';
  for (const t of terms) {
    if (phrase !== '' && !(isCjk([...phrase].at(-1)) && isCjk([...t.text][0]))) phrase += ' ';
    phrase += t.text;
  }
  return phrase;
}

function firstNonSeparator(text: string): number {
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    if (classOf(cp) !== SEPARATOR) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return text.length;
}

/**
 * Where the query's phrase sits in an article's headline; null when the query has no
 * phrase to look for (an OR at the top, only filters). A single term keeps its inflections.
 */
export function titlePlacer(terms: readonly RankedTerm[], titles: TitleTable): ((id: number) => TitlePlace) | null {
  if (terms.length === 0) return null;
  const last = terms[terms.length - 1] as RankedTerm;
  const single = terms.length === 1 ? last : null;
  const stem = single && !single.quoted && single.plan.kind === 'word' ? single.plan.stem : null;
  const match = firstMatcher({ text: queryPhrase(terms), prefix: last.prefix, stem });
  if (!match) return null;
  return (id) => {
    const title = titles.normalizedTitle(id);
    const at = match(title);
    if (at < 0) return NOT_IN_TITLE;
    return at === firstNonSeparator(title) ? AT_TITLE_START : IN_TITLE;
  };
}
