import type { ArticleSummary } from '../../../shared/model';

export interface StatePatch {
  read?: boolean;
  starred?: boolean;
}

/** The row with the patch applied, or the same row when nothing changes (keeps React from re-rendering it). */
export function patchArticle<T extends ArticleSummary>(row: T, patch: StatePatch): T {
  const read = patch.read ?? row.read;
  const starred = patch.starred ?? row.starred;
  return read === row.read && starred === row.starred ? row : { ...row, read, starred };
}
