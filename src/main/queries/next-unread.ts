// "Next unread" (n) and "previous unread" (Shift+N): the next unread article after the open one in
// the list as it is sorted; in a source, when the source has no more, on to the next source that
// has unread articles, in library-pane order, round to the first — so n alone works down the library.
import type { LibraryView, ListSort, UnreadTarget } from '../../shared/model';
import type { Catalog } from '../library/catalog';
import type { Library } from '../library/library';

export interface UnreadQuery {
  view: LibraryView;
  sort: ListSort;
  fromId: number | null;
  direction: 'next' | 'previous';
}

/** The first unread id of `ids` after index `start` in the direction of travel. */
function firstUnread(catalog: Catalog, ids: readonly number[], start: number, step: number): number | null {
  for (let k = start; k >= 0 && k < ids.length; k += step) {
    const id = ids[k] as number;
    if (!catalog.isRead(id)) return id;
  }
  return null;
}

export function nextUnread(library: Library, q: UnreadQuery): UnreadTarget | null {
  const { catalog } = library;
  const newestFirst = q.sort === 'newest';
  const step = q.direction === 'next' ? 1 : -1;
  const here = catalog.idsInView(q.view, newestFirst);
  const at = q.fromId === null ? -1 : here.indexOf(q.fromId);
  const start = at >= 0 ? at + step : step > 0 ? 0 : here.length - 1;
  const found = firstUnread(catalog, here, start, step);
  if (found !== null) return { id: found, view: q.view };
  const current = q.view;
  if (current.kind !== 'source') return null;

  const sources = library.sources.listed().filter((s) => !s.hidden || s.id === current.sourceId);
  const i = sources.findIndex((s) => s.id === current.sourceId);
  for (let k = 1; k < sources.length; k++) {
    const source = sources[(((i + step * k) % sources.length) + sources.length) % sources.length];
    if (!source) continue;
    const view: LibraryView = { kind: 'source', sourceId: source.id };
    const ids = catalog.idsInView(view, newestFirst);
    const id = firstUnread(catalog, ids, step > 0 ? 0 : ids.length - 1, step);
    if (id !== null) return { id, view };
  }
  return null;
}

/** The row of an article in a view's list, or null when it is not in it. */
export function locateArticle(catalog: Catalog, view: LibraryView, sort: ListSort, id: number, unreadOnly: boolean): number | null {
  const ids = catalog.page(view, sort === 'newest', 0, catalog.size, unreadOnly).ids;
  const position = ids.indexOf(id);
  return position >= 0 ? position : null;
}
