import { useEffect, type FormEvent, type ReactNode } from 'react';

interface Props {
  /** The dialog's accessible name. */
  label: string;
  className?: string;
  onClose: () => void;
  /** Given: the dialog is a form (Enter submits). */
  onSubmit?: () => void;
  children: ReactNode;
}

/** A modal dialog: closes on Escape and on a click on the backdrop; optionally a form. */
export function Modal({ label, className, onClose, onSubmit, children }: Props) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const props = { className: `modal ${className ?? ''}`, role: 'dialog', 'aria-modal': true, 'aria-label': label } as const;
  return (
    <div className="modal-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {onSubmit ? (
        <form
          {...props}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {children}
        </form>
      ) : (
        <div {...props}>{children}</div>
      )}
    </div>
  );
}

/** The message line under a dialog's fields, and its 取消 / primary buttons. */
export function DialogFooter({ error, onCancel, primary }: { error?: string | null; onCancel: () => void; primary: ReactNode }) {
  return (
    <>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        {primary}
      </div>
    </>
  );
}
