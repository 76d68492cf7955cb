// What the library holds, counted from the catalog: the library pane's overview
// (views and sources with their counts) and the CLI's stats.
import type { LibraryOverview, LibraryStats } from '../../shared/model';
import type { Library } from '../library/library';

/** The sources as the pane lists them (renamed, merged, hidden as the reader chose), each with its counts, and damage notices. */
export function libraryOverview(library: Library): LibraryOverview {
  const counts = library.catalog.counts();
  const directory = library.sources;
  const mergedInto = new Map<number, string[]>();
  for (const s of library.db.sources()) {
    const target = directory.canonicalId(s.id);
    if (target !== s.id) mergedInto.set(target, [...(mergedInto.get(target) ?? []), s.name]);
  }
  const sources = directory.listed().flatMap((s) => {
    const c = counts.bySource.get(s.id);
    const names = { name: s.displayName, importedName: s.name };
    return c ? [{ id: s.id, ...names, count: c.count, unread: c.unread, hidden: s.hidden, merged: mergedInto.get(s.id) ?? [] }] : [];
  });
  return { total: counts.inAll, unread: counts.unread, starred: counts.starred, sources, notices: [...library.notices] };
}

/** Every article and every source as imported (the reader's choices aside), largest first, with the library's size on disk. */
export function libraryStats(library: Library): LibraryStats {
  const counts = library.catalog.counts();
  const sources = library.db
    .sources()
    .flatMap((s) => {
      const count = counts.bySource.get(s.id)?.count ?? 0;
      return count > 0 ? [{ name: s.name, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const disk = library.diskBytes();
  return { articles: counts.total, sources, dbBytes: disk.db, diskBytes: disk.total };
}
