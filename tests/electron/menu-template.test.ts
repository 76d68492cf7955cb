import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../src/main/electron/menu-template';
import type { MenuCommand } from '../../src/shared/contract';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menu(options: { isMac?: boolean; isDev?: boolean } = {}) {
  const sent: MenuCommand[] = [];
  let logsShown = 0;
  const showLogs = () => void logsShown++;
  const items = flatten(buildMenuTemplate({ isMac: false, isDev: false, ...options, send: (command) => sent.push(command), showLogs }));
  const byLabel = (label: string) => items.find((item) => item.label === label);
  const click = (label: string) => (byLabel(label)?.click as (() => void) | undefined)?.();
  return { items, sent, byLabel, click, logsShown: () => logsShown };
}

describe('app menu', () => {
  it('sends each app command to the renderer from its menu item', () => {
    const { sent, click } = menu();
    click('Import Folder…');
    click('Find');
    click('Toggle Read');
    click('Toggle Star');
    expect(sent).toEqual(['import-folder', 'focus-search', 'toggle-read', 'toggle-star']);
  });

  it('has Help › Show Logs, which opens the log folder, and Help › About Folio, which the page shows', () => {
    const { click, sent, logsShown } = menu();
    click('Show Logs');
    click('About Folio');
    expect(logsShown()).toBe(1);
    expect(sent).toEqual(['show-about']);
  });

  it('puts Import Folder… on CmdOrCtrl+O and Find on CmdOrCtrl+F', () => {
    const { byLabel } = menu();
    expect(byLabel('Import Folder…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Find')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('uses distinct shortcuts that all need Ctrl/Cmd, so typing in the search box never triggers one', () => {
    const accelerators = menu().items.flatMap((item) => (typeof item.accelerator === 'string' ? [item.accelerator] : []));
    expect(accelerators.length).toBeGreaterThanOrEqual(4);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const accelerator of accelerators) expect(accelerator).toMatch(/^CmdOrCtrl\+/);
  });

  it('offers the standard edit actions', () => {
    const roles = menu().items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('has reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => menu({ isDev }).items.map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('follows the platform: an app menu on macOS, Quit in File elsewhere', () => {
    expect(menu({ isMac: true }).items[0]?.role).toBe('appMenu');
    expect(menu({ isMac: false }).items.map((item) => item.role)).toContain('quit');
    expect(menu({ isMac: false }).items.map((item) => item.role)).not.toContain('appMenu');
  });
});
