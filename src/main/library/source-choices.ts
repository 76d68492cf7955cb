// Renaming, hiding and merging sources: each is a choice recorded in state.db under the source's
// imported name (see source-directory.ts), then the catalog is rebuilt so lists and counts follow.
import { FolioError } from '../folio-error';
import type { SourcePref } from '../store/state-db';
import type { Library } from './library';
import type { SourceEntry } from './source-directory';

/** A source the library pane lists (not one merged into another). */
function listedSource(library: Library, id: number): SourceEntry {
  const entry = library.sources.entry(id);
  if (!entry || entry.canonicalId !== id) throw new FolioError('not-found', `There is no source ${id} in the library.`);
  return entry;
}

function prefOf(library: Library, name: string): SourcePref {
  return library.state.sourcePrefs().find((p) => p.name === name) ?? { name, displayName: null, hidden: false, mergedInto: null };
}

/** name: the new display name ('' or the imported name gives back the imported one). */
export function updateSourceChoice(library: Library, id: number, patch: { name?: string; hidden?: boolean }): boolean {
  const entry = listedSource(library, id);
  const before = prefOf(library, entry.name);
  const next = { ...before };
  if (patch.name !== undefined) {
    const name = patch.name.trim();
    next.displayName = name === '' || name === entry.name ? null : name;
  }
  if (patch.hidden !== undefined) next.hidden = patch.hidden;
  if (next.displayName === before.displayName && next.hidden === before.hidden) return false;
  library.state.putSourcePref(next);
  library.refreshCatalog();
  return true;
}

/** Lists `from`'s articles under `into` from now on (and at every re-import); returns how many moved. */
export function mergeSourceInto(library: Library, fromId: number, intoId: number): number {
  if (fromId === intoId) throw new FolioError('invalid-request', 'A source cannot be merged into itself.');
  const from = listedSource(library, fromId);
  const into = listedSource(library, intoId);
  const moved = library.catalog.counts().bySource.get(from.id)?.count ?? 0;
  library.state.putSourcePref({ ...prefOf(library, from.name), mergedInto: into.name });
  library.refreshCatalog();
  return moved;
}
