// Derived values, computed from the store rather than kept in it, so they never go stale.
import type { ArticleSummary, SourceSummary } from '../../../shared/model';
import { rowAt } from './paged-rows';
import type { FolioState } from './store-types';

/** The list pane shows search results once a query has results (or an empty result) to show. */
export const isSearching = (s: FolioState): boolean => s.searchedQuery !== '';

export const activeCursor = (s: FolioState): number => (isSearching(s) ? s.hitCursor : s.listCursor);

export const activeTotal = (s: FolioState): number => (isSearching(s) ? s.results.total : s.list.total);

export const rowAtCursor = (s: FolioState): ArticleSummary | undefined =>
  isSearching(s) ? rowAt(s.results, s.hitCursor) : rowAt(s.list, s.listCursor);

export const selectedSource = (s: FolioState): SourceSummary | undefined => {
  const { view } = s;
  return view.kind === 'source' ? s.overview?.sources.find((source) => source.id === view.sourceId) : undefined;
};

export const isLibraryEmpty = (s: FolioState): boolean =>
  s.status === 'ready' && s.overview?.total === 0 && s.overview.sources.length === 0;

/** Whether a running image download covers an article (its own, or a view's — which may include it). */
export function isDownloadingImagesOf(job: FolioState['imageJob'], articleId: number): boolean {
  if (!job) return false;
  return job.scope.kind === 'view' || job.scope.id === articleId;
}
