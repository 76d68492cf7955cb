import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { ArticleToolbar } from './article-toolbar';
import { useScrollMemory } from './use-scroll-memory';
import './reading.css';

/** The open article in a column sized by the Aa settings, drawn in its own language's glyphs. */
export function ReadingPane({ listShown }: { listShown: boolean }) {
  const { t } = useI18n();
  const article = useFolio((s) => s.article);
  const opening = useFolio((s) => s.openingId !== null);
  const scrollRef = useScrollMemory(article?.id ?? null);

  return (
    <section className="pane reading-pane" aria-label={t('readingPane')} data-pane="reader">
      {article ? (
        <>
          <ArticleToolbar article={article} listShown={listShown} />
          {/* Keyed by article so a newly opened one starts at the top. */}
          <div key={article.id} ref={scrollRef} className="reading-scroll" tabIndex={-1}>
            <article className="reading-column" lang={article.lang ?? undefined}>
              <ArticleHeader article={article} />
              <ArticleBody article={article} />
            </article>
          </div>
        </>
      ) : (
        <div className="reading-empty">
          <p>{opening ? t('opening') : t('nothingOpen')}</p>
          {!opening && <p className="hint">{t('nothingOpenHint')}</p>}
        </div>
      )}
    </section>
  );
}
