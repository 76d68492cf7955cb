// A page of the article list: the catalog picks and orders the ids, library.db
// gives their rows.
import type { ArticlePage, LibraryView, ListSort } from '../../shared/model';
import { articleSummary } from '../library/article-summary';
import type { Library } from '../library/library';

export interface ListRequest {
  view: LibraryView;
  sort: ListSort;
  offset: number;
  limit: number;
  /** "Hide read": only unread articles. */
  unreadOnly?: boolean | undefined;
}

export function articleList(library: Library, r: ListRequest): ArticlePage {
  const { total, ids } = library.catalog.page(r.view, r.sort === 'newest', r.offset, r.limit, r.unreadOnly ?? false);
  const rows = new Map(library.db.articles(ids).map((row) => [row.id, row]));
  return {
    total,
    offset: r.offset,
    rows: ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [articleSummary(library, row)] : [];
    }),
  };
}
