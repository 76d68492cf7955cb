import type { LibraryView } from '../../../shared/model';

/** A string naming a library view, for equality checks and React keys. */
export function viewKey(view: LibraryView): string {
  return view.kind === 'source' ? `source:${view.sourceId}` : view.kind;
}
