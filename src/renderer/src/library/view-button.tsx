import type { LibraryView } from '../../../shared/model';
import { Icon } from '../common/icons';
import type { IconName } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { viewKey } from '../state/view-key';

interface ViewButtonProps {
  view: LibraryView;
  label: string;
  count: number;
  icon: IconName;
  /** Shown in the tooltip, e.g. "1". */
  shortcut?: string;
}

/** One entry of the library pane; the selected one is highlighted and announced as current. */
export function ViewButton({ view, label, count, icon, shortcut }: ViewButtonProps) {
  const selected = useFolio((s) => viewKey(s.view) === viewKey(view));
  const selectView = useFolio((s) => s.selectView);
  const { formatNumber } = useI18n();
  return (
    <li>
      <button
        type="button"
        className={selected ? 'view-button selected' : 'view-button'}
        aria-current={selected ? 'true' : undefined}
        title={shortcut ? `${label} (${shortcut})` : label}
        // Keep keyboard focus where it was (usually the list), so J/K/Enter go on working after a click.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => selectView(view)}
      >
        <Icon name={icon} filled={icon === 'star' && selected} />
        <span className="view-label">{label}</span>
        <span className="view-count">{formatNumber(count)}</span>
      </button>
    </li>
  );
}
