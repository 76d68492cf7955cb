import { Menu } from 'electron';
import { buildMenuTemplate } from './menu-template';
import type { MenuOptions } from './menu-template';

export function installAppMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
