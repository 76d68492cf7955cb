// Events pushed by the main process, turned into store actions.
import type { FolioEvent, MenuCommand } from '../../../shared/contract';
import { folio } from './folio-client';
import { useFolio } from './store';

function runCommand(command: MenuCommand): void {
  const s = useFolio.getState();
  switch (command) {
    case 'import-folder':
      void s.importFolders();
      return;
    case 'focus-search':
      s.requestSearchFocus();
      return;
    case 'toggle-read':
      s.toggleRead();
      return;
    case 'toggle-star':
      s.toggleStar();
      return;
    case 'show-about':
      s.setAboutOpen(true);
      return;
  }
}

function handle(event: FolioEvent): void {
  const s = useFolio.getState();
  switch (event.type) {
    case 'import-progress':
      s.onImportProgress(event.progress);
      return;
    case 'import-finished':
      s.onImportFinished(event.report);
      return;
    case 'image-progress':
      s.onImageProgress(event.progress);
      return;
    case 'image-finished':
      s.onImageFinished(event.report);
      return;
    case 'library-changed':
      void s.refreshLibrary();
      return;
    case 'command':
      runCommand(event.command);
      return;
    case 'library-move-progress':
      s.onMoveProgress(event.progress);
      return;
    case 'library-switched':
      void s.onLibrarySwitched();
      return;
  }
}

/** Subscribes the store to main-process events; returns the unsubscribe. */
export function connectEvents(): () => void {
  try {
    return folio.onEvent(handle);
  } catch (error) {
    useFolio.getState().reportError(error);
    return () => undefined;
  }
}
