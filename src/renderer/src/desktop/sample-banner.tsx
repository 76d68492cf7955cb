import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import './desktop.css';

/** Says plainly that the sample library is what is open, and how to leave it. */
export function SampleBanner() {
  const { t } = useI18n();
  const sample = useFolio((s) => s.appInfo?.sample ?? false);
  const closeSample = useFolio((s) => s.closeSample);
  const importFolders = useFolio((s) => s.importFolders);
  if (!sample) return null;
  return (
    <div className="sample-banner" role="status">
      <span>{t('sampleBanner')}</span>
      <button type="button" className="button" onClick={() => void importFolders()}>
        {t('importFolder')}
      </button>
      <button type="button" className="button" onClick={() => void closeSample()}>
        {t('closeSample')}
      </button>
    </div>
  );
}
