import { useCallback, useEffect, useState } from 'react';
import { NoticeStack } from './common/notice-stack';
import { AboutDialog } from './desktop/about-dialog';
import { DropHint } from './desktop/drop-hint';
import { useFolderDrop } from './desktop/use-folder-drop';
import { FirstRun } from './import/first-run';
import { ImportReportDialog } from './import/import-report-dialog';
import { ShortcutsDialog } from './keyboard/shortcuts-dialog';
import { useGlobalShortcuts } from './keyboard/use-global-shortcuts';
import { MainLayout } from './main-layout';
import { SettingsDialog } from './settings/settings-dialog';
import { useApplySettings } from './settings/use-apply-settings';
import { StatusScreen } from './status-screen';
import { connectEvents } from './state/events';
import { connectSession } from './state/session-sync';
import { isLibraryEmpty } from './state/selectors';
import { useFolio } from './state/store';
import { ImageViewer } from './viewer/image-viewer';

type OpenDialog = 'settings' | 'help' | null;

export function App() {
  const status = useFolio((s) => s.status);
  const empty = useFolio(isLibraryEmpty);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const openSettings = useCallback(() => setDialog('settings'), []);
  const openHelp = useCallback(() => setDialog('help'), []);
  const closeDialog = useCallback(() => setDialog(null), []);

  useApplySettings();
  useGlobalShortcuts({ openSettings, openHelp });
  const dragging = useFolderDrop();

  useEffect(() => {
    // Subscribe before loading, so no import event between the two is missed.
    const disconnect = connectEvents();
    const stopSession = connectSession();
    void useFolio.getState().initialise();
    void useFolio.getState().loadAppInfo();
    return () => {
      disconnect();
      stopSession();
    };
  }, []);

  return (
    <>
      {status !== 'ready' ? <StatusScreen /> : empty ? <FirstRun /> : <MainLayout onOpenSettings={openSettings} onOpenHelp={openHelp} />}
      {dialog === 'settings' && <SettingsDialog onClose={closeDialog} />}
      {dialog === 'help' && <ShortcutsDialog onClose={closeDialog} />}
      <ImportReportDialog />
      <AboutDialog />
      <ImageViewer />
      <NoticeStack />
      {dragging && <DropHint />}
    </>
  );
}
