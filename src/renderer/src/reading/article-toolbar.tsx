import type { ArticleDetail } from '../../../shared/model';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { MatchNavigator } from './match-navigator';

export function ArticleToolbar({ article }: { article: ArticleDetail }) {
  const { t } = useI18n();
  const toggleRead = useFolio((s) => s.toggleRead);
  const toggleStar = useFolio((s) => s.toggleStar);
  const opening = useFolio((s) => s.openingId !== null);
  return (
    <div className="article-toolbar" role="toolbar" aria-label={t('readingPane')}>
      <button type="button" className="tool-button" aria-pressed={!article.read} title={t('toggleReadTitle')} onClick={toggleRead}>
        <Icon name="unread" filled={!article.read} />
        {article.read ? t('markUnread') : t('markRead')}
      </button>
      <button
        type="button"
        className={article.starred ? 'tool-button starred' : 'tool-button'}
        aria-pressed={article.starred}
        title={t('toggleStarTitle')}
        onClick={toggleStar}
      >
        <Icon name="star" filled={article.starred} />
        {article.starred ? t('unstar') : t('star')}
      </button>
      {opening && <span className="toolbar-status">{t('opening')}</span>}
      <MatchNavigator />
    </div>
  );
}
