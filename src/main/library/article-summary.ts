import type { ArticleSummary, DateKind } from '../../shared/model';
import type { Library } from '../library/library';
import type { ArticleRow } from './records';

/** The columns a summary is made from: a whole row, or a search hit's narrower one. */
type SummaryRow = Pick<ArticleRow, 'id' | 'title' | 'sourceId' | 'date' | 'dateKind' | 'lang'>;

/** ISO 8601 at the precision the source gave: a wall clock names no zone, a day no time. */
function isoOfDate(ms: number, kind: DateKind): string | null {
  if (kind === 'undated') return null;
  const iso = new Date(ms).toISOString();
  if (kind === 'day') return iso.slice(0, 10);
  return kind === 'local' ? iso.slice(0, 19) : iso;
}

export function articleSummary(library: Library, row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    source: library.sources.displayName(row.sourceId),
    sourceId: library.sources.canonicalId(row.sourceId),
    date: isoOfDate(row.date, row.dateKind),
    dateKind: row.dateKind,
    read: library.catalog.isRead(row.id),
    starred: library.catalog.isStarred(row.id),
    lang: row.lang,
  };
}
