// What only the desktop shell can do for the renderer: the system folder picker,
// handing a clicked link to the system browser, saving and copying an image.
import { dialog, shell } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { ShellApi } from '../handlers';
import { isAllowedExternalUrl } from './external-url';
import { copyImage, saveImageAs } from './image-actions';
import type { ImageLookup } from './serve-image';

export function createShellApi(getWindow: () => BrowserWindow | null, lookupImage: ImageLookup): ShellApi {
  return {
    async pickFolders() {
      const options: OpenDialogOptions = { properties: ['openDirectory', 'multiSelections'] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return { paths: result.canceled ? [] : result.filePaths };
    },
    async openExternal({ url }) {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await shell.openExternal(url);
      return { opened: true };
    },
    saveImageAs: ({ imageId, fileName }) => saveImageAs(getWindow(), lookupImage, imageId, fileName),
    copyImage: ({ imageId }) => copyImage(lookupImage, imageId),
  };
}
