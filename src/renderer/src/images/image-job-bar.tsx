import type { ImageJobProgress, ImageJobReport } from '../../../shared/model';
import { formatBytes } from '../common/format-bytes';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';
import { useFolio } from '../state/store';
// The same panel as an import's progress (import.css), with a report's details of its own.
import '../import/import.css';
import './images.css';

const FAILURES_SHOWN = 200;

function phaseLabel(p: ImageJobProgress | null): MessageKey {
  if (!p || p.phase === 'collecting') return 'imagesCollecting';
  return p.phase === 'saving' || p.phase === 'finished' ? 'imagesSaving' : 'imagesDownloading';
}

function Running({ progress: p }: { progress: ImageJobProgress | null }) {
  const { t, formatDuration, formatNumber } = useI18n();
  const cancelImageJob = useFolio((s) => s.cancelImageJob);
  const label = t(phaseLabel(p));
  const hosts = p?.failuresByHost
    .slice(0, 3)
    .map((h) => `${h.host} (${h.count})`)
    .join(', ');
  return (
    <div className="import-progress image-job" role="status" aria-label={label}>
      <div className="import-progress-head">
        <strong>{label}</strong>
        {p && p.total > 0 && <span>{t('imagesProgress', { done: p.done, total: p.total })}</span>}
        {p && p.bytes > 0 && <span>{t('imagesBytes', { size: formatBytes(p.bytes, formatNumber) })}</span>}
        {p && p.bytesPerSecond > 0 && <span>{t('imagesRate', { size: formatBytes(p.bytesPerSecond, formatNumber) })}</span>}
        {p && p.etaSeconds !== null && <span>{t('importEta', { time: formatDuration(p.etaSeconds) })}</span>}
        <button type="button" className="button small" onClick={() => void cancelImageJob()}>
          {t('cancel')}
        </button>
      </div>
      {p && p.total > 0 ? <progress max={p.total} value={p.done} /> : <progress />}
      {hosts && <div className="import-progress-detail">{t('imagesFailedHosts', { hosts })}</div>}
    </div>
  );
}

function Finished({ report }: { report: ImageJobReport }) {
  const { t, formatNumber } = useI18n();
  const dismiss = useFolio((s) => s.dismissImageReport);
  const { downloaded, alreadyLocal, skipped, failed } = report.images;
  const title = report.error ? 'imagesStopped' : report.cancelled ? 'imagesCancelled' : 'imagesFinished';
  return (
    <div className="import-progress image-job" role="status" aria-label={t(title)}>
      <div className="import-progress-head">
        <strong>{t(title)}</strong>
        <span>
          {t('imagesSummary', {
            downloaded,
            size: formatBytes(report.bytes, formatNumber),
            local: alreadyLocal,
            skipped,
            failed: failed.length,
          })}
        </span>
        <button type="button" className="button small" onClick={dismiss}>
          {t('dismiss')}
        </button>
      </div>
      {report.error && <div className="image-job-error">{report.error}</div>}
      {failed.length > 0 && (
        <details className="image-job-failures">
          <summary>
            {t('imagesFailures')} —{' '}
            {t('imagesFailedHosts', { hosts: report.failuresByHost.map((h) => `${h.host} (${h.count})`).join(', ') })}
          </summary>
          <ul>
            {failed.slice(0, FAILURES_SHOWN).map((f) => (
              <li key={f.url}>
                <span className="image-job-url">{f.url}</span> {f.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A running image download (done/total, bytes, rate, time left, hosts failing, Cancel), then its report until dismissed. */
export function ImageJobBar() {
  const job = useFolio((s) => s.imageJob);
  const report = useFolio((s) => s.imageReport);
  if (job) return <Running progress={job.progress} />;
  return report ? <Finished report={report} /> : null;
}
