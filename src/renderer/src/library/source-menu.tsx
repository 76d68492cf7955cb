import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

/** What the menu hands on to the sources dialog (which asks before anything is changed). */
export type SourceAction = 'rename' | 'merge' | 'remove';

interface SourceMenuProps {
  source: SourceSummary;
  x: number;
  y: number;
  onClose(): void;
  onDialog(action: SourceAction): void;
}

/** The right-click menu of a source: arrow keys move, Enter picks, Esc or a click elsewhere closes. */
export function SourceMenu({ source, x, y, onClose, onDialog }: SourceMenuProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const setSourceHidden = useFolio((s) => s.setSourceHidden);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [onClose]);

  const markAllRead = async () => {
    onClose();
    const s = useFolio.getState();
    s.selectView({ kind: 'source', sourceId: source.id });
    if (s.searchedQuery !== '') s.setQuery('');
    await useFolio.getState().markAllRead();
  };

  const items: [string, () => void][] = [
    [t('menuMarkAllRead'), () => void markAllRead()],
    [t('menuRename'), () => onDialog('rename')],
    [t('menuMerge'), () => onDialog('merge')],
    [
      source.hidden ? t('menuShow') : t('menuHide'),
      () => {
        onClose();
        void setSourceHidden(source.id, !source.hidden);
      },
    ],
    [t('menuRemove'), () => onDialog('remove')],
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('sourceActions', { name: source.name })}
      style={{ left: Math.min(x, window.innerWidth - 220), top: Math.min(y, window.innerHeight - 200) }}
      onKeyDown={onKeyDown}
    >
      {items.map(([label, run]) => (
        <button key={label} type="button" role="menuitem" className="menu-item" onClick={run}>
          {label}
        </button>
      ))}
    </div>
  );
}
