import { useState } from 'react';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { ImportProgressBar } from './import-progress';

/** The empty library: what Folio does, and the one button that starts it. */
export function FirstRun() {
  const { t } = useI18n();
  const importFolders = useFolio((s) => s.importFolders);
  const importing = useFolio((s) => s.importJob !== null);
  // The import option: off unless the reader ticks it (nothing goes online by itself).
  const [withImages, setWithImages] = useState(false);
  return (
    <main className="first-run">
      <div className="first-run-card">
        <h1>{t('welcomeTitle')}</h1>
        <p className="lead">{t('welcomeLead')}</p>
        <p>{t('welcomeHow')}</p>
        <p className="privacy">{t('welcomePrivacy')}</p>
        {importing ? (
          <ImportProgressBar />
        ) : (
          <>
            <button type="button" className="button primary large" onClick={() => void importFolders(withImages || undefined)}>
              <Icon name="folderPlus" />
              {t('importFolder')}
            </button>
            <label className="import-option">
              <input type="checkbox" checked={withImages} onChange={(event) => setWithImages(event.target.checked)} />
              {t('importWithImages')}
            </label>
          </>
        )}
      </div>
    </main>
  );
}
