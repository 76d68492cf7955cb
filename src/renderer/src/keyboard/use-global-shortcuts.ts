import { useEffect } from 'react';
import { useFolio } from '../state/store';
import { isActivatable, isTextField, keyOf } from './key-of';
import { SHORTCUTS } from './shortcuts';

export interface ShortcutDialogs {
  openSettings(): void;
  openHelp(): void;
}

/** The app-wide shortcuts. Dialogs (settings, report, image viewer) own the keyboard while open. */
export function useGlobalShortcuts(dialogs: ShortcutDialogs): void {
  const { openSettings, openHelp } = dialogs;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      const key = keyOf(event);
      const typing = isTextField(event.target);
      const shortcut = SHORTCUTS.find((s) => s.keys.includes(key) && (!typing || s.whileTyping?.includes(key)));
      if (!shortcut) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const handled = shortcut.run(
        {
          state: useFolio.getState(),
          inReader: target ? target.closest('[data-pane="reader"]') !== null : false,
          onActivatable: isActivatable(target),
          openSettings,
          openHelp,
        },
        key,
      );
      if (handled !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openSettings, openHelp]);
}
