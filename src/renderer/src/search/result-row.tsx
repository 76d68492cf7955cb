import { memo } from 'react';
import { ArticleDate } from '../common/article-date';
import { HighlightedText } from '../common/highlighted-text';
import { useI18n } from '../i18n/use-i18n';
import { StarToggle } from '../list/star-toggle';
import { rowAt } from '../state/paged-rows';
import { useFolio } from '../state/store';

export const RESULT_ROW_HEIGHT = 104;

/** Memoised: scrolling re-renders the list, but a row only when its own data changes. */
export const ResultRow = memo(function ResultRow({ index }: { index: number }) {
  const hit = useFolio((s) => rowAt(s.results, index));
  const isOpen = useFolio((s) => hit !== undefined && s.article?.id === hit.id);
  const { t } = useI18n();
  if (!hit) return <div className="row-placeholder" aria-hidden="true" />;
  return (
    <div className={`result-row${hit.read ? '' : ' unread'}${isOpen ? ' open' : ''}`}>
      {!hit.read && <span className="unread-dot" role="img" aria-label={t('unread')} />}
      <div className="row-title" title={hit.title}>
        <HighlightedText text={hit.title} ranges={hit.titleHighlights} />
      </div>
      <div className="row-meta">
        <span className="row-source">{hit.source}</span>
        <ArticleDate iso={hit.date} guessed={hit.dateGuessed} style="short" />
      </div>
      <p className="row-snippet">{hit.snippet !== null && <HighlightedText text={hit.snippet} ranges={hit.highlights} />}</p>
      {hit.explain && (
        // Development builds only (the request asks for it): why this hit ranks where it does.
        <p className="score-parts">
          {hit.score} ={' '}
          {t('scoreParts', {
            phrase: hit.explain.titlePhrase,
            proximity: hit.explain.proximity,
            title: hit.explain.bm25Title,
            body: hit.explain.bm25Body,
          })}
        </p>
      )}
      <StarToggle id={hit.id} starred={hit.starred} />
    </div>
  );
});
