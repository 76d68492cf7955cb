import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

interface LibraryFooterProps {
  onOpenSettings(): void;
  onOpenHelp(): void;
}

export function LibraryFooter({ onOpenSettings, onOpenHelp }: LibraryFooterProps) {
  const { t } = useI18n();
  const importFolders = useFolio((s) => s.importFolders);
  const importing = useFolio((s) => s.importJob !== null);
  return (
    <div className="library-footer">
      <button
        type="button"
        className="button"
        onClick={() => void importFolders()}
        disabled={importing}
        title={`${t('importFolder')} (Ctrl+O)`}
      >
        <Icon name="folderPlus" />
        {t('importFolder')}
      </button>
      <button type="button" className="icon-button" onClick={onOpenSettings} aria-label={t('settings')} title={`${t('settings')} (Ctrl+,)`}>
        <Icon name="sliders" />
      </button>
      <button type="button" className="icon-button" onClick={onOpenHelp} aria-label={t('shortcuts')} title={`${t('shortcuts')} (?)`}>
        <Icon name="keyboard" />
      </button>
    </div>
  );
}
