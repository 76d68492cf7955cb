import { useState } from 'react';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

export function CopyPathButton({ path }: { path: string }) {
  const { t } = useI18n();
  const reportError = useFolio((s) => s.reportError);
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`${t('copyPath')}: ${path}`}
      title={copied ? t('copied') : t('copyPath')}
      onClick={() => {
        navigator.clipboard.writeText(path).then(() => setCopied(true), reportError);
      }}
    >
      <Icon name={copied ? 'check' : 'copy'} />
    </button>
  );
}
