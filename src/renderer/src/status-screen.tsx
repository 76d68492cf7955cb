import { useI18n } from './i18n/use-i18n';
import { useFolio } from './state/store';

/** Before the library is open: a loading message, or why it failed and a way to try again. */
export function StatusScreen() {
  const { t } = useI18n();
  const status = useFolio((s) => s.status);
  const initialise = useFolio((s) => s.initialise);
  return (
    <main className="status-screen">
      {status === 'failed' ? (
        <div role="alert">
          <p>{t('loadFailed')}</p>
          <button type="button" className="button primary" onClick={() => void initialise()}>
            {t('retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </main>
  );
}
