import type { ImportReport } from '../../../shared/model';
import { ModalDialog } from '../common/modal-dialog';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';
import { useFolio } from '../state/store';
import { groupIssues } from './group-issues';
import { DuplicateList } from './duplicate-list';
import { IssueList } from './issue-list';
import './import.css';

/** The report's tiles; a first import shows only what happened, not a row of zeros. */
function counts(report: ImportReport): [MessageKey, number][] {
  const all: [MessageKey, number][] = [
    ['countImported', report.imported],
    ['countUpdated', report.updated],
    ['countUnchanged', report.unchanged],
    ['countDuplicates', report.duplicates],
    ['countSkipped', report.skipped.length],
    ['countFailed', report.failed.length],
    ['countMissing', report.missing.length],
    ['countImages', report.images.copied],
    ['countRemoteImages', report.images.remote],
    ['countMissingImages', report.images.missing.length],
  ];
  return report.firstImport ? all.filter(([, value]) => value > 0) : all;
}

export function ImportReportDialog() {
  const { t, formatNumber } = useI18n();
  const report = useFolio((s) => s.report);
  const dismissReport = useFolio((s) => s.dismissReport);
  if (!report) return null;
  const title = report.error ? t('importFailed') : report.cancelled ? t('importCancelled') : t('importFinished');

  return (
    <ModalDialog label={title} className="report-dialog" onClose={dismissReport}>
      <h2>{title}</h2>
      <p className="report-roots">{report.roots.join(' · ')}</p>
      {report.error && <p className="report-error">{report.error}</p>}
      <p>{t('importSummary', { count: report.articles, seconds: Math.round(report.seconds * 10) / 10 })}</p>
      <dl className="report-counts">
        {counts(report).map(([label, value]) => (
          <div key={label} className={value === 0 ? 'zero' : undefined}>
            <dt>{t(label)}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      <div className="report-issues">
        <IssueList title={t('skippedFiles')} groups={groupIssues(report.skipped)} />
        <DuplicateList duplicates={report.duplicateFiles} />
        <IssueList title={t('failedFiles')} groups={groupIssues(report.failed)} />
        <IssueList title={t('missingImages')} groups={groupIssues(report.images.missing)} />
        <IssueList
          title={t('missingFiles')}
          groups={report.missing.length > 0 ? [{ reason: t('countMissing'), paths: report.missing }] : []}
        />
      </div>
    </ModalDialog>
  );
}
