import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { LibraryFooter } from './library-footer';
import { SavedSearchList } from './saved-search-list';
import { ViewButton } from './view-button';
import './library.css';

interface LibraryPaneProps {
  onOpenSettings(): void;
  onOpenHelp(): void;
}

/** Smart views with their counts, then one entry per source. */
export function LibraryPane({ onOpenSettings, onOpenHelp }: LibraryPaneProps) {
  const { t } = useI18n();
  const overview = useFolio((s) => s.overview);
  return (
    <nav className="pane library-pane" aria-label={t('libraryPane')}>
      <div className="library-scroll">
        <h2 className="pane-heading">{t('smartViews')}</h2>
        <ul className="view-list">
          <ViewButton view={{ kind: 'all' }} label={t('viewAll')} count={overview?.total ?? 0} icon="all" shortcut="1" />
          <ViewButton view={{ kind: 'unread' }} label={t('viewUnread')} count={overview?.unread ?? 0} icon="unread" shortcut="2" />
          <ViewButton view={{ kind: 'starred' }} label={t('viewStarred')} count={overview?.starred ?? 0} icon="star" shortcut="3" />
        </ul>
        <SavedSearchList />
        {overview && overview.sources.length > 0 && (
          <>
            <h2 className="pane-heading">{t('sources')}</h2>
            <ul className="view-list" aria-label={t('sources')}>
              {overview.sources.map((source) => (
                <ViewButton key={source.id} view={{ kind: 'source', sourceId: source.id }} label={source.name} count={source.count} icon="source" />
              ))}
            </ul>
          </>
        )}
      </div>
      <LibraryFooter onOpenSettings={onOpenSettings} onOpenHelp={onOpenHelp} />
    </nav>
  );
}
