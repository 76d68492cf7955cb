import { memo } from 'react';
import { ArticleDate } from '../common/article-date';
import { useI18n } from '../i18n/use-i18n';
import { rowAt } from '../state/paged-rows';
import { useFolio } from '../state/store';
import { StarToggle } from './star-toggle';

export const ARTICLE_ROW_HEIGHT = 58;

/** Memoised: scrolling re-renders the list, but a row only when its own data changes. */
export const ArticleRow = memo(function ArticleRow({ index }: { index: number }) {
  const row = useFolio((s) => rowAt(s.list, index));
  const isOpen = useFolio((s) => row !== undefined && s.article?.id === row.id);
  const { t } = useI18n();
  if (!row) return <div className="row-placeholder" aria-hidden="true" />;
  return (
    <div className={`article-row${row.read ? '' : ' unread'}${isOpen ? ' open' : ''}`}>
      {!row.read && <span className="unread-dot" role="img" aria-label={t('unread')} />}
      <div className="row-title" title={row.title} lang={row.lang ?? undefined}>
        {row.title}
      </div>
      <div className="row-meta">
        <span className="row-source">{row.source}</span>
        <ArticleDate iso={row.date} guessed={row.dateGuessed} style="short" />
      </div>
      <StarToggle id={row.id} starred={row.starred} />
    </div>
  );
});
