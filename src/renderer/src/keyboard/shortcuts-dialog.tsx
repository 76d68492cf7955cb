import { ModalDialog } from '../common/modal-dialog';
import { useI18n } from '../i18n/use-i18n';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <ModalDialog label={t('shortcuts')} className="shortcuts-dialog" onClose={onClose}>
      <h2>{t('shortcuts')}</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.description}>
            <dt>
              {shortcut.labels.map((label) => (
                <kbd key={label}>{label}</kbd>
              ))}
            </dt>
            <dd>{t(shortcut.description)}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
