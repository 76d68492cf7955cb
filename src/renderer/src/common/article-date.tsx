import type { DateKind } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';

/** A localised date as the source gave it: a day without a time, a wall clock as written; "undated" when there is none. */
export function ArticleDate({ iso, kind, style }: { iso: string | null; kind: DateKind; style: 'short' | 'long' }) {
  const { formatDate, t } = useI18n();
  if (iso === null || kind === 'undated') {
    return (
      <span className="date undated" title={t('undatedHint')}>
        {t('undated')}
      </span>
    );
  }
  return (
    <time dateTime={iso} className="date">
      {formatDate(iso, style, kind)}
    </time>
  );
}
