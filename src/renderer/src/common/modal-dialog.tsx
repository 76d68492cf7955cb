import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import './dialogs.css';

interface ModalDialogProps {
  label: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus, puts it above everything and turns Esc
 * into a close, so every dialog behaves the same without a focus-trap library. Every dialog
 * ends with its Close button, which takes the focus unless the dialog names a better element.
 */
export function ModalDialog({ label, className, onClose, children }: ModalDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first focusable element; a dialog can name a better one (its main button).
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={className ? `modal ${className}` : 'modal'}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Chromium may still close a dialog whose cancel was refused (repeated Esc); keep the state in step.
      onClose={onClose}
    >
      {children}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}
