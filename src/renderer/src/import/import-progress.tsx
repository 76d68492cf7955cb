import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import './import.css';

/** The end of a path (folder and file), which is what tells one file from the next. */
function shortPath(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts.length > 2 ? `…/${parts.slice(-2).join('/')}` : path;
}

/** A running import: files done of seen, counts, current file, rate, ETA, and Cancel. */
export function ImportProgressBar() {
  const { t, formatDuration, formatNumber } = useI18n();
  const job = useFolio((s) => s.importJob);
  const cancelImport = useFolio((s) => s.cancelImport);
  if (!job) return null;
  const p = job.progress;
  const phase = !p || p.phase === 'scanning' ? t('importScanning') : p.phase === 'saving' ? t('importSaving') : t('importing');
  // Scanning has no total yet: an indeterminate bar says "working" without a fake percentage.
  const determinate = p !== null && p.phase !== 'scanning' && p.filesSeen > 0;

  return (
    <div className="import-progress" role="status" aria-label={phase}>
      <div className="import-progress-head">
        <strong>{phase}</strong>
        {p && <span>{t('importFiles', { done: p.filesDone, seen: p.filesSeen })}</span>}
        {p && p.filesPerSecond > 0 && <span>{t('importRate', { rate: formatNumber(Math.round(p.filesPerSecond)) })}</span>}
        {p && p.etaSeconds !== null && <span>{t('importEta', { time: formatDuration(p.etaSeconds) })}</span>}
        <button type="button" className="button small" onClick={() => void cancelImport()}>
          {t('cancel')}
        </button>
      </div>
      {determinate ? <progress max={p.filesSeen} value={p.filesDone} /> : <progress />}
      {p && (
        <div className="import-progress-detail">
          <span>{t('importCounts', { imported: p.imported, skipped: p.skipped, failed: p.failed })}</span>
          {p.currentFile && (
            <span className="import-current" title={p.currentFile}>
              {shortPath(p.currentFile)}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
