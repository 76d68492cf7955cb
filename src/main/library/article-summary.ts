import type { ArticleSummary } from '../../shared/model';
import type { Library } from '../library/library';
import type { ArticleRow } from './records';

export function articleSummary(library: Library, row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    source: library.sources.displayName(row.sourceId),
    sourceId: library.sources.canonicalId(row.sourceId),
    date: new Date(row.date).toISOString(),
    dateGuessed: row.dateGuessed,
    read: library.catalog.isRead(row.id),
    starred: library.catalog.isStarred(row.id),
    lang: row.lang,
  };
}
