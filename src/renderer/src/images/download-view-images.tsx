import { IconButton } from '../common/icon-button';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

/** Downloads the remote images of every article in the view the list shows (a source, unread, starred, all). */
export function DownloadViewImages() {
  const { t } = useI18n();
  const view = useFolio((s) => s.view);
  const busy = useFolio((s) => s.imageJob !== null || s.importJob !== null);
  const startImageJob = useFolio((s) => s.startImageJob);
  return (
    <IconButton
      label={t('downloadViewImages')}
      icon="download"
      disabled={busy}
      onClick={() => void startImageJob({ kind: 'view', view })}
    />
  );
}
