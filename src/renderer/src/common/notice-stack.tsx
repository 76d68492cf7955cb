import { useEffect } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';
import { useFolio } from '../state/store';
import type { Notice } from '../state/store-types';

const NOTICE_MS = 8000;
/** Long enough to notice the mistake and reach for Undo. */
const UNDO_MS = 15000;

function NoticeToast({ notice }: { notice: Notice }) {
  const dismiss = useFolio((s) => s.dismissNotice);
  const undo = useFolio((s) => s.undo);
  const { t } = useI18n();
  useEffect(() => {
    const timer = setTimeout(() => dismiss(notice.id), notice.undoToken ? UNDO_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [dismiss, notice.id, notice.undoToken]);
  const message = notice.kind === 'done' ? t(notice.message as MessageKey, notice.params) : notice.message;
  return (
    <div className={`toast ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span className="toast-message">{message}</span>
      {notice.undoToken !== undefined && (
        <button type="button" className="button small" onClick={() => void undo(notice.id)}>
          {t('undo')}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('dismiss')} title={t('dismiss')} onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}

/** Errors from the API and confirmations of sweeping actions (with Undo), shown without blocking anything. */
export function NoticeStack() {
  const notices = useFolio((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="toasts">
      {notices.map((notice) => (
        <NoticeToast key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
