import type { FileIssue } from '../../../shared/model';

export interface IssueGroup {
  reason: string;
  paths: string[];
}

/** Files grouped by reason, the largest group first, so the common cause is read first. */
export function groupIssues(issues: readonly FileIssue[]): IssueGroup[] {
  const groups = new Map<string, string[]>();
  for (const { reason, path } of issues) {
    const paths = groups.get(reason);
    if (paths) paths.push(path);
    else groups.set(reason, [path]);
  }
  return [...groups].map(([reason, paths]) => ({ reason, paths })).sort((a, b) => b.paths.length - a.paths.length);
}
