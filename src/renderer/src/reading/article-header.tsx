import type { ArticleDetail } from '../../../shared/model';
import { ArticleDate } from '../common/article-date';
import { HighlightedText } from '../common/highlighted-text';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { RemoteImagesNote } from './remote-images-note';

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

export function ArticleHeader({ article }: { article: ArticleDetail }) {
  const { t } = useI18n();
  const openLink = useFolio((s) => s.openLink);
  const highlighted = useFolio((s) => s.highlight !== '');
  const { url } = article;
  return (
    <header className="article-header">
      <h1 className="article-title">
        <HighlightedText text={article.title} ranges={highlighted ? article.titleHighlights : []} />
      </h1>
      <p className="article-meta">
        <span className="article-source">{article.source}</span>
        <ArticleDate iso={article.date} guessed={article.dateGuessed} style="long" />
        {article.author && <span>{t('by', { author: article.author })}</span>}
        {url && (
          <a
            className="article-original"
            href={url}
            title={t('openOriginalTitle', { url })}
            onClick={(event) => {
              event.preventDefault();
              void openLink(url);
            }}
          >
            <Icon name="external" />
            {t('openOriginal')} · {hostOf(url)}
          </a>
        )}
      </p>
      {article.remoteImages > 0 && <RemoteImagesNote article={article} />}
    </header>
  );
}
