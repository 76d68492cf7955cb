import { useState } from 'react';
import type { SavedSearch } from '../../../shared/model';
import { LIMITS } from '../../../shared/limits';
import { IconButton } from '../common/icon-button';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { viewKey } from '../state/view-key';

interface SavedSearchItemProps {
  saved: SavedSearch;
  index: number;
  last: boolean;
}

/** One saved search: opens it; renamed in place; moved up or down; removed. Its count is the unread (the total in the tooltip). */
export function SavedSearchItem({ saved, index, last }: SavedSearchItemProps) {
  const { t, formatNumber } = useI18n();
  const selected = useFolio((s) => s.searchedQuery.trim() === saved.query && viewKey(s.view) === viewKey(saved.view));
  const open = useFolio((s) => s.openSavedSearch);
  const rename = useFolio((s) => s.renameSavedSearch);
  const move = useFolio((s) => s.moveSavedSearch);
  const remove = useFolio((s) => s.deleteSavedSearch);
  const [editing, setEditing] = useState(false);
  const name = saved.name;

  if (editing) {
    const finish = (value: string | null) => {
      setEditing(false);
      if (value !== null && value.trim() !== '' && value.trim() !== name) void rename(saved.id, value.trim());
    };
    return (
      <li className="saved-search editing">
        <input
          className="saved-search-name"
          aria-label={t('savedSearchName')}
          defaultValue={name}
          maxLength={LIMITS.savedSearchName}
          autoFocus
          onKeyDown={(event) => {
            if (event.key === 'Enter') finish(event.currentTarget.value);
            else if (event.key === 'Escape') finish(null);
          }}
          onBlur={(event) => finish(event.currentTarget.value)}
        />
      </li>
    );
  }

  return (
    <li className="saved-search">
      <button
        type="button"
        className={selected ? 'view-button selected' : 'view-button'}
        aria-current={selected ? 'true' : undefined}
        title={`${saved.query} — ${t('savedSearchCount', { unread: formatNumber(saved.unread), total: formatNumber(saved.total) })}`}
        onClick={() => open(saved.id)}
      >
        <Icon name="search" />
        <span className="view-label">{name}</span>
        <span className="view-count">{formatNumber(saved.unread)}</span>
      </button>
      <span className="saved-search-actions">
        <IconButton label={t('renameSavedSearch', { name })} icon="edit" onClick={() => setEditing(true)} />
        {index > 0 && <IconButton label={t('moveSavedSearchUp', { name })} icon="up" onClick={() => void move(saved.id, index - 1)} />}
        {!last && <IconButton label={t('moveSavedSearchDown', { name })} icon="down" onClick={() => void move(saved.id, index + 1)} />}
        <IconButton label={t('deleteSavedSearch', { name })} icon="close" onClick={() => void remove(saved.id)} />
      </span>
    </li>
  );
}
