import { DownloadViewImages } from '../images/download-view-images';
import { useI18n } from '../i18n/use-i18n';
import { selectedSource } from '../state/selectors';
import { useFolio } from '../state/store';

/** The name and size of the current view, and its sort order. */
export function ListHeader() {
  const { t } = useI18n();
  const viewKind = useFolio((s) => s.view.kind);
  const sourceName = useFolio((s) => selectedSource(s)?.name);
  const total = useFolio((s) => s.list.total);
  const known = useFolio((s) => s.list.known);
  const sort = useFolio((s) => s.listSort);
  const setListSort = useFolio((s) => s.setListSort);
  const title =
    viewKind === 'source'
      ? (sourceName ?? '')
      : t(viewKind === 'unread' ? 'viewUnread' : viewKind === 'starred' ? 'viewStarred' : 'viewAll');

  return (
    <div className="list-header">
      <div className="list-title">
        <h2>{title}</h2>
        {known && <span className="list-count">{t('articleCount', { count: total })}</span>}
      </div>
      <div className="list-actions">
        <DownloadViewImages />
        <button
          type="button"
          className="link-button"
          onClick={() => setListSort(sort === 'newest' ? 'oldest' : 'newest')}
          title={sort === 'newest' ? t('sortOldest') : t('sortNewest')}
        >
          {sort === 'newest' ? t('sortNewest') : t('sortOldest')}
        </button>
      </div>
    </div>
  );
}
