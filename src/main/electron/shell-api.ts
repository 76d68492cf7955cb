// What only the desktop shell can do for the renderer: the system folder picker, handing a
// clicked link to the system browser, saving and copying an image, the About facts; and the
// library host's channels.
import { app, dialog, shell } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { ShellApi } from '../handlers';
import { aboutInfo } from '../desktop/about';
import type { LibraryHost } from '../desktop/library-host';
import { externalUrl } from './external-url';
import { copyImage, saveImageAs } from './image-actions';
import type { ImageLookup } from './serve-image';

export function folderDialogOptions(purpose: 'import' | 'move-library'): OpenDialogOptions {
  return purpose === 'import'
    ? { title: 'Import Folder', properties: ['openDirectory', 'multiSelections'] }
    : { title: 'Move the Library', buttonLabel: 'Move Here', properties: ['openDirectory', 'createDirectory'] };
}

export function createShellApi(
  getWindow: () => BrowserWindow | null,
  host: LibraryHost,
  licencesFile: string,
  lookupImage: ImageLookup,
): ShellApi {
  return {
    ...host.api(),
    async pickFolders({ purpose }) {
      const options = folderDialogOptions(purpose ?? 'import');
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async openExternal({ url }) {
      const normalised = externalUrl(url);
      if (normalised === null) return { opened: false };
      await shell.openExternal(normalised);
      return { opened: true };
    },
    async getAbout() {
      const { electron, chrome, node } = process.versions;
      const runtime = Object.fromEntries(
        Object.entries({ electron, chrome, node }).filter((entry): entry is [string, string] => !!entry[1]),
      );
      return aboutInfo(app.getVersion(), runtime, licencesFile);
    },
    saveImageAs: ({ imageId, fileName }) => saveImageAs(getWindow(), lookupImage, imageId, fileName),
    copyImage: ({ imageId }) => copyImage(lookupImage, imageId),
  };
}
