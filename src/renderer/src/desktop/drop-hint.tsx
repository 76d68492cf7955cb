import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import './desktop.css';

/** Shown while files are dragged over the window. */
export function DropHint() {
  const { t } = useI18n();
  return (
    <div className="drop-hint" aria-hidden="true">
      <div>
        <Icon name="folderPlus" />
        {t('dropFolders')}
      </div>
    </div>
  );
}
