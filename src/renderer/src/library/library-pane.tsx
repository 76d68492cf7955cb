import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../../shared/model';
import { IconButton } from '../common/icon-button';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { FolderList } from './folder-list';
import { LibraryFooter } from './library-footer';
import { SavedSearchList } from './saved-search-list';
import { sortSources } from './sort-sources';
import { SourceMenu } from './source-menu';
import type { SourceAction } from './source-menu';
import { SourcesDialog } from './sources-dialog';
import { ViewButton } from './view-button';
import './library.css';

interface LibraryPaneProps {
  onOpenSettings(): void;
  onOpenHelp(): void;
  /** Collapsed to icons (by the user or a narrow window). */
  compact: boolean;
}

interface MenuAt {
  source: SourceSummary;
  x: number;
  y: number;
}

/** Smart views with their unread counts, then one entry per source, each with a context menu. */
export function LibraryPane({ onOpenSettings, onOpenHelp, compact }: LibraryPaneProps) {
  const { t, lang } = useI18n();
  const overview = useFolio((s) => s.overview);
  const setLibraryMode = useFolio((s) => s.setLibraryMode);
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const [dialog, setDialog] = useState<{ sourceId: number | null; action: SourceAction | null } | null>(null);
  const sources = useMemo(() => sortSources(overview?.sources ?? [], lang), [overview, lang]);
  const starredTotal = overview?.starred ?? 0;

  return (
    <nav className={compact ? 'pane library-pane compact' : 'pane library-pane'} aria-label={t('libraryPane')}>
      <div className="library-scroll">
        <div className="pane-heading-row">
          <h2 className="pane-heading">{t('smartViews')}</h2>
          {/* The mouse's way between full and icons (B also hides the pane). */}
          <IconButton
            small
            label={t('libraryPaneMode')}
            icon={compact ? 'right' : 'left'}
            onClick={() => setLibraryMode(compact ? 'full' : 'icons')}
          />
        </div>
        <ul className="view-list">
          <ViewButton
            view={{ kind: 'all' }}
            label={t('viewAll')}
            count={overview?.unread ?? 0}
            total={overview?.total ?? 0}
            icon="all"
            shortcut="1"
          />
          <ViewButton
            view={{ kind: 'unread' }}
            label={t('viewUnread')}
            count={overview?.unread ?? 0}
            total={overview?.total ?? 0}
            icon="unread"
            shortcut="2"
          />
          <ViewButton
            view={{ kind: 'starred' }}
            label={t('viewStarred')}
            count={starredTotal}
            total={starredTotal}
            icon="star"
            shortcut="3"
          />
        </ul>
        <SavedSearchList />
        {sources.length > 0 && (
          <>
            <div className="pane-heading-row">
              <h2 className="pane-heading">{t('sources')}</h2>
              <IconButton small label={t('manageSources')} icon="sliders" onClick={() => setDialog({ sourceId: null, action: null })} />
            </div>
            <ul className="view-list" aria-label={t('sources')}>
              {sources.map((source) => (
                <ViewButton
                  key={source.id}
                  view={{ kind: 'source', sourceId: source.id }}
                  label={source.name}
                  count={source.unread}
                  total={source.count}
                  icon="source"
                  note={source.hidden ? t('hiddenFromAll') : undefined}
                  dimmed={source.hidden}
                  onContextMenu={(event) => {
                    event.preventDefault();
                    setMenu({ source, x: event.clientX, y: event.clientY });
                  }}
                />
              ))}
            </ul>
          </>
        )}
        <FolderList />
      </div>
      <LibraryFooter onOpenSettings={onOpenSettings} onOpenHelp={onOpenHelp} />
      {menu && (
        <SourceMenu
          source={menu.source}
          x={menu.x}
          y={menu.y}
          onClose={() => setMenu(null)}
          onDialog={(action) => {
            setMenu(null);
            setDialog({ sourceId: menu.source.id, action });
          }}
        />
      )}
      {dialog && <SourcesDialog focusSourceId={dialog.sourceId} action={dialog.action} onClose={() => setDialog(null)} />}
    </nav>
  );
}
