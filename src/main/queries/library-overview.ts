// What the library holds, counted from the catalog: the library pane's overview
// (views and sources with their counts) and the CLI's stats.
import type { LibraryOverview, LibraryStats } from '../../shared/model';
import type { Library } from '../library/library';

/** Sources in library order, each with its article and unread counts; sources left empty are not shown. */
export function libraryOverview(library: Library): LibraryOverview {
  const counts = library.catalog.counts();
  const sources = library.db.sources().flatMap((s) => {
    const c = counts.bySource.get(s.id);
    return c ? [{ id: s.id, name: s.name, count: c.count, unread: c.unread }] : [];
  });
  return { total: counts.total, unread: counts.unread, starred: counts.starred, sources };
}

/** The overview's counts, largest source first, with what the library takes on disk. */
export function libraryStats(library: Library): LibraryStats {
  const { total, sources } = libraryOverview(library);
  const disk = library.diskBytes();
  return {
    articles: total,
    sources: sources.map(({ name, count }) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    dbBytes: disk.db,
    diskBytes: disk.total,
  };
}
