// "Save image as…" and "Copy image" for the viewer: the system save dialog and the
// system clipboard belong to the shell. The renderer names a stored image by its
// id only; the file comes from the library, never from a path the page gives.
import { copyFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ClipboardItem, app, clipboard, dialog, nativeImage } from 'electron';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import { FolioError } from '../folio-error';
import { suggestedFileName } from './image-file-name';
import type { ImageLookup } from './serve-image';

function storedImage(lookup: ImageLookup, imageId: string): { path: string; mime: string } {
  const found = lookup(imageId);
  if (!found) throw new FolioError('not-found', 'That image is not in the library any more.');
  return found;
}

export async function saveImageAs(
  window: BrowserWindow | null,
  lookup: ImageLookup,
  imageId: string,
  fileName?: string,
): Promise<{ saved: boolean }> {
  const image = storedImage(lookup, imageId);
  const ext = extname(imageId).slice(1);
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('downloads'), suggestedFileName(fileName, imageId)),
    filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  try {
    await copyFile(image.path, result.filePath);
  } catch (error) {
    throw new FolioError('io', `The image could not be saved to ${result.filePath}: ${(error as Error).message}`);
  }
  return { saved: true };
}

/** Puts the image on the clipboard as PNG; false for a type Electron cannot decode (WebP, AVIF, SVG, GIF). */
export async function copyImage(lookup: ImageLookup, imageId: string): Promise<{ copied: boolean }> {
  const picture = nativeImage.createFromPath(storedImage(lookup, imageId).path);
  if (picture.isEmpty()) return { copied: false };
  await clipboard.write([new ClipboardItem({ 'image/png': new Blob([picture.toPNG()], { type: 'image/png' }) })]);
  return { copied: true };
}
