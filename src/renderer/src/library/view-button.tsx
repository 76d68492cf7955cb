import type { MouseEvent } from 'react';
import type { LibraryView } from '../../../shared/model';
import { Icon } from '../common/icons';
import type { IconName } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { viewKey } from '../state/view-key';

interface ViewButtonProps {
  view: LibraryView;
  label: string;
  /** The number shown: unread articles (starred articles for the Starred view). */
  count: number;
  /** All articles of the view, for the tooltip. */
  total: number;
  icon: IconName;
  /** Shown in the tooltip, e.g. "1". */
  shortcut?: string;
  /** A note for the tooltip ("hidden from All"). */
  note?: string;
  dimmed?: boolean;
  onContextMenu?(event: MouseEvent<HTMLButtonElement>): void;
}

/** One entry of the library pane: its unread count, the total in the tooltip; the selected one is announced as current. */
export function ViewButton({ view, label, count, total, icon, shortcut, note, dimmed, onContextMenu }: ViewButtonProps) {
  const selected = useFolio((s) => viewKey(s.view) === viewKey(view));
  const selectView = useFolio((s) => s.selectView);
  const { t, formatNumber } = useI18n();
  const counts = view.kind === 'starred' ? formatNumber(total) : t('unreadOfTotal', { unread: count, total });
  const title = [label, counts, note, shortcut ? `(${shortcut})` : ''].filter(Boolean).join(' · ');
  return (
    <li>
      <button
        type="button"
        className={`view-button${selected ? ' selected' : ''}${dimmed ? ' dimmed' : ''}`}
        aria-current={selected ? 'true' : undefined}
        title={title}
        // Keep keyboard focus where it was (usually the list), so J/K/Enter go on working after a click.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => selectView(view)}
        onContextMenu={onContextMenu}
      >
        {icon === 'source' ? (
          <span className="source-initial" aria-hidden="true">
            {Array.from(label)[0]?.toUpperCase()}
          </span>
        ) : (
          <Icon name={icon} filled={icon === 'star' && selected} />
        )}
        <span className="view-label">{label}</span>
        {count > 0 && <span className="view-count">{formatNumber(count)}</span>}
        {/* Spoken after what is shown, so the number is said with what it counts. */}
        <span className="visually-hidden">, {counts}</span>
      </button>
    </li>
  );
}
