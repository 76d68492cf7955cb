// The app menu. Every app action is a command sent to the renderer, which owns
// it once for menu, shortcut and button alike. Accelerators all carry Ctrl/Cmd,
// so none of them fires while someone types in the search box.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools exist only in development. */
  isDev: boolean;
  send(command: MenuCommand): void;
  /** Opens the folder holding the log file. */
  showLogs(): void;
}

type Item = MenuItemConstructorOptions;

export function buildMenuTemplate({ isMac, isDev, send, showLogs }: MenuOptions): Item[] {
  const command = (label: string, accelerator: string, name: MenuCommand): Item => ({
    label,
    accelerator,
    click: () => send(name),
  });
  const separator: Item = { type: 'separator' };
  const devItems: Item[] = isDev ? [separator, { role: 'reload' }, { role: 'toggleDevTools' }] : [];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies Item] : []),
    {
      label: 'File',
      submenu: [command('Import Folder…', 'CmdOrCtrl+O', 'import-folder'), separator, { role: isMac ? 'close' : 'quit' }],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [
        command('Find', 'CmdOrCtrl+F', 'focus-search'),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...devItems,
      ],
    },
    {
      label: 'Article',
      submenu: [command('Toggle Read', 'CmdOrCtrl+U', 'toggle-read'), command('Toggle Star', 'CmdOrCtrl+D', 'toggle-star')],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Show Logs', click: showLogs }, separator, { label: 'About Folio', click: () => send('show-about') }],
    },
  ];
}
