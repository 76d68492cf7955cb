import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import './desktop.css';
import { CopyPathButton } from '../import/copy-path-button';

const MB = 1024 * 1024;

/** Settings' "Library folder" row: where the library is, and moving it (with the move's progress). */
export function LibraryLocation() {
  const { t } = useI18n();
  const appInfo = useFolio((s) => s.appInfo);
  const progress = useFolio((s) => s.moveProgress);
  const moveLibrary = useFolio((s) => s.moveLibrary);
  if (!appInfo) return null;
  const phase = progress
    ? t(progress.phase === 'copying' ? 'moveCopying' : progress.phase === 'verifying' ? 'moveVerifying' : 'moveRemoving', {
        done: (progress.doneBytes / MB).toFixed(1),
        total: (progress.totalBytes / MB).toFixed(1),
      })
    : null;
  return (
    <div className="setting-row library-location">
      <span className="setting-label">{t('libraryFolder')}</span>
      <span className="library-path">
        <code>{appInfo.libraryDir}</code>
        <CopyPathButton path={appInfo.libraryDir} />
      </span>
      <button type="button" className="button" onClick={() => void moveLibrary()} disabled={progress !== null || appInfo.sample}>
        {t('moveLibrary')}
      </button>
      {progress ? (
        <div className="move-progress" role="status">
          <progress
            max={progress.totalBytes || 1}
            value={progress.phase === 'removing-old' ? progress.totalBytes || 1 : progress.doneBytes}
          />
          <span>{phase}</span>
        </div>
      ) : (
        <p className="setting-note">{t(appInfo.sample ? 'moveLibrarySample' : 'moveLibraryHow')}</p>
      )}
    </div>
  );
}
