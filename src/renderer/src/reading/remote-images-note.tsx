import type { ArticleDetail } from '../../../shared/model';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { isDownloadingImagesOf } from '../state/selectors';
import { useFolio } from '../state/store';

/** "3 images were not downloaded" and the one click that downloads them (nothing is fetched unless asked). */
export function RemoteImagesNote({ article }: { article: ArticleDetail }) {
  const { t } = useI18n();
  const startImageJob = useFolio((s) => s.startImageJob);
  const downloading = useFolio((s) => isDownloadingImagesOf(s.imageJob, article.id));
  return (
    <p className="article-note">
      {t('remoteImages', { count: article.remoteImages })}
      <button
        type="button"
        className="link-button"
        disabled={downloading}
        onClick={() => void startImageJob({ kind: 'article', id: article.id })}
      >
        <Icon name="download" />
        {downloading ? t('downloadingImages') : t('downloadArticleImages')}
      </button>
    </p>
  );
}
