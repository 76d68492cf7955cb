import type { MouseEvent } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { IconButton } from '../common/icon-button';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { MatchNavigator } from './match-navigator';
import { TextSettings } from './text-settings';

/** Moving on (previous, next, next unread), the article's state, the original, the list, and the Aa popover. */
export function ArticleToolbar({ article, listShown }: { article: ArticleDetail; listShown: boolean }) {
  const { t } = useI18n();
  const toggleRead = useFolio((s) => s.toggleRead);
  const toggleStar = useFolio((s) => s.toggleStar);
  const stepArticle = useFolio((s) => s.stepArticle);
  const goToUnread = useFolio((s) => s.goToUnread);
  const openLink = useFolio((s) => s.openLink);
  const toggleList = useFolio((s) => s.toggleList);
  const opening = useFolio((s) => s.openingId !== null);
  const { url } = article;
  // Keep keyboard focus where it was, so Space goes on paging the article after a click here.
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  return (
    <div className="article-toolbar" role="toolbar" aria-label={t('readingPane')}>
      <IconButton label={listShown ? t('hideList') : t('showList')} icon={listShown ? 'left' : 'right'} onClick={toggleList} />
      <IconButton label={t('previousArticle')} icon="up" onMouseDown={keepFocus} onClick={() => stepArticle(-1)} />
      <IconButton label={t('nextArticle')} icon="down" onMouseDown={keepFocus} onClick={() => stepArticle(1)} />
      <button type="button" className="tool-button" title={t('nextUnread')} onMouseDown={keepFocus} onClick={() => void goToUnread('next')}>
        <Icon name="next" />
        <span className="tool-label">{t('nextUnread').replace(/\s*[(（].*$/, '')}</span>
      </button>
      <span className="toolbar-separator" />
      <button
        type="button"
        className="tool-button"
        aria-pressed={!article.read}
        aria-label={article.read ? t('markUnread') : t('markRead')}
        title={t('toggleReadTitle')}
        onClick={toggleRead}
      >
        <Icon name="unread" filled={!article.read} />
        <span className="tool-label">{article.read ? t('markUnread') : t('markRead')}</span>
      </button>
      <button
        type="button"
        className={article.starred ? 'tool-button starred' : 'tool-button'}
        aria-pressed={article.starred}
        aria-label={article.starred ? t('unstar') : t('star')}
        title={t('toggleStarTitle')}
        onClick={toggleStar}
      >
        <Icon name="star" filled={article.starred} />
        <span className="tool-label">{article.starred ? t('unstar') : t('star')}</span>
      </button>
      {url && <IconButton label={t('openOriginalShort')} icon="external" onClick={() => void openLink(url)} />}
      {opening && <span className="toolbar-status">{t('opening')}</span>}
      <MatchNavigator />
      <TextSettings />
    </div>
  );
}
