import { useEffect } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import type { Notice } from '../state/store-types';

const NOTICE_MS = 8000;

function NoticeToast({ notice }: { notice: Notice }) {
  const dismiss = useFolio((s) => s.dismissNotice);
  const { t } = useI18n();
  useEffect(() => {
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [dismiss, notice.id]);
  return (
    <div className="toast" role="alert">
      <span className="toast-message">{notice.message}</span>
      <button type="button" className="icon-button" aria-label={t('dismiss')} title={t('dismiss')} onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}

/** Errors from the API, shown without blocking anything. */
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
