import { useEffect, useState } from 'react';
import type { FolderSummary } from '../../../shared/model';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { folio } from '../state/folio-client';
import { useFolio } from '../state/store';

/** The folders the library was imported from, each with Refresh, and Refresh all. */
export function FolderList() {
  const { t } = useI18n();
  const overview = useFolio((s) => s.overview);
  const busy = useFolio((s) => s.importJob !== null);
  const reportError = useFolio((s) => s.reportError);
  const [folders, setFolders] = useState<FolderSummary[]>([]);

  // Read again whenever the library changed (an import adds folders and updates their dates).
  useEffect(() => {
    let current = true;
    folio.listFolders({}).then(
      (r) => current && setFolders(r.folders),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [overview]);

  const refresh = (ids?: number[]) => {
    folio.refreshFolders(ids ? { ids } : {}).catch(reportError);
  };

  if (folders.length === 0) return null;
  return (
    <>
      <h2 className="pane-heading folder-heading">
        <span>{t('folders')}</span>
        <button type="button" className="folder-refresh" disabled={busy} onClick={() => refresh()} title={t('refreshAllFolders')}>
          {t('refreshAll')}
        </button>
      </h2>
      <ul className="view-list folder-list" aria-label={t('folders')}>
        {folders.map((folder) => {
          const name = folder.path.split(/[/\\]/).filter(Boolean).at(-1) ?? folder.path;
          return (
            <li
              key={folder.id}
              className={folder.present ? 'folder' : 'folder gone'}
              title={folder.present ? folder.path : t('folderGone', { path: folder.path })}
            >
              <Icon name="source" />
              <span className="view-label">{name}</span>
              <button
                type="button"
                className="folder-refresh"
                disabled={busy || !folder.present}
                aria-label={t('refreshFolder', { name })}
                onClick={() => refresh([folder.id])}
              >
                {t('refresh')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
