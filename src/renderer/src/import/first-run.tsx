import { useState } from 'react';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import '../desktop/desktop.css';
import { ImportProgressBar } from './import-progress';

/** The empty library: what Folio does, what an archive folder is, and the two ways in. */
export function FirstRun() {
  const { t } = useI18n();
  const importFolders = useFolio((s) => s.importFolders);
  const importing = useFolio((s) => s.importJob !== null);
  const sampleAvailable = useFolio((s) => s.appInfo?.sampleAvailable ?? false);
  const openSample = useFolio((s) => s.openSample);
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
          <div className="first-run-actions">
            <button type="button" className="button primary large" onClick={() => void importFolders(withImages || undefined)}>
              <Icon name="folderPlus" />
              {t('importFolder')}
            </button>
            <label className="import-option">
              <input type="checkbox" checked={withImages} onChange={(event) => setWithImages(event.target.checked)} />
              {t('importWithImages')}
            </label>
            {sampleAvailable && (
              <div className="sample-offer">
                <span>{t('sampleOffer')}</span>
                <button type="button" className="button large" onClick={() => void openSample()}>
                  <Icon name="all" />
                  {t('openSample')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </main>
  );
}
