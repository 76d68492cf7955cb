import type { LibraryNotice } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import type { I18n } from '../i18n/i18n';
import { useFolio } from '../state/store';
import './repair.css';

function describe(notice: LibraryNotice, { t, formatDate }: I18n): string {
  const time = notice.savedAt ? formatDate(notice.savedAt, 'long') : '';
  switch (notice.kind) {
    case 'fallback':
      return notice.file === 'state.db' ? t('damageStateFallback', { time }) : t('damageLibraryFallback', { time });
    case 'state-lost':
      return t('damageStateLost');
    case 'damage':
      return t('damageFiles', { file: notice.file });
  }
}

/** Damage the library found (a fallback, damaged packs or index), with a Repair button; then what the repair did. */
export function DamageBanner() {
  const i18n = useI18n();
  const { t } = i18n;
  const notices = useFolio((s) => s.overview?.notices ?? []);
  const repairing = useFolio((s) => s.repairing);
  const result = useFolio((s) => s.repairResult);
  const repairLibrary = useFolio((s) => s.repairLibrary);
  const dismissResult = useFolio((s) => s.dismissRepairResult);

  if (notices.length > 0) {
    return (
      <div className="damage-banner" role="alert">
        <ul>
          {notices.map((n) => (
            <li key={`${n.kind}:${n.file}`} title={n.message}>
              {describe(n, i18n)}
            </li>
          ))}
        </ul>
        <button type="button" className="button primary small" disabled={repairing} onClick={() => void repairLibrary()}>
          {repairing ? t('repairing') : t('repair')}
        </button>
      </div>
    );
  }
  if (!result) return null;
  return (
    <div className={`damage-banner ${result.lost.length > 0 ? '' : 'repaired'}`} role="status">
      <ul>
        <li>{t('repairDone', { count: result.recovered })}</li>
        {result.lost.length > 0 && (
          <li>{t('repairLost', { count: result.lost.length, titles: result.lost.map((l) => `“${l.title}”`).join(', ') })}</li>
        )}
      </ul>
      <button type="button" className="button small" onClick={dismissResult}>
        {t('dismiss')}
      </button>
    </div>
  );
}
