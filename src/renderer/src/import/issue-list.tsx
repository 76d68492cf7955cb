import { CopyPathButton } from './copy-path-button';
import type { IssueGroup } from './group-issues';

/** Collapsible groups of files (one per reason), each path copyable. */
export function IssueList({ title, groups }: { title: string; groups: IssueGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <section className="issue-list">
      <h3>{title}</h3>
      {groups.map((group) => (
        <details key={group.reason}>
          <summary>
            <span className="issue-reason">{group.reason}</span>
            <span className="issue-count">{group.paths.length}</span>
          </summary>
          <ul>
            {group.paths.map((path) => (
              <li key={path}>
                <code className="issue-path" title={path}>
                  {path}
                </code>
                <CopyPathButton path={path} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
