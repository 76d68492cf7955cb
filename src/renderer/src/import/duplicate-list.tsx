import type { DuplicateFile } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { CopyPathButton } from './copy-path-button';

/** Files whose article was already in the library: which article each repeats, grouped by why it is the same. */
export function DuplicateList({ duplicates }: { duplicates: readonly DuplicateFile[] }) {
  const { t } = useI18n();
  if (duplicates.length === 0) return null;
  const groups = (['same URL', 'same text'] as const)
    .map((why) => ({ why, files: duplicates.filter((d) => d.why === why) }))
    .filter((group) => group.files.length > 0);
  return (
    <section className="issue-list">
      <h3>{t('duplicateFiles')}</h3>
      {groups.map((group) => (
        <details key={group.why}>
          <summary>
            <span className="issue-reason">{t(group.why === 'same URL' ? 'duplicateSameUrl' : 'duplicateSameText')}</span>
            <span className="issue-count">{group.files.length}</span>
          </summary>
          <ul>
            {group.files.map((file) => (
              <li key={file.path}>
                <code className="issue-path" title={file.path}>
                  {file.path}
                </code>
                <CopyPathButton path={file.path} />
                <span className="duplicate-of" title={file.ofPath}>
                  {t('duplicateOf', { title: file.ofTitle })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
