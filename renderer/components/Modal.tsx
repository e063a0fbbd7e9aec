import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { tabbables, trapTab } from './focus-trap';

interface Props {
  /** The dialog's accessible name. */
  label: string;
  className?: string;
  onClose: () => void;
  /** Given: the dialog is a form (Enter submits). */
  onSubmit?: () => void;
  children: ReactNode;
}

/**
 * A modal dialog: closes on Escape and on a click on the backdrop; optionally a form. The focus moves
 * into it when it opens (its first control, unless a control of its own took it with autoFocus), Tab
 * and Shift+Tab stay inside it, and when it closes the focus goes back where it was, unless the action
 * that closed it put the focus somewhere (the editor, after an insertion).
 */
export function Modal({ label, className, onClose, onSubmit, children }: Props) {
  const dialog = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      else if (dialog.current) trapTab(dialog.current, e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = dialog.current;
    if (box && !box.contains(document.activeElement)) (tabbables(box)[0] ?? box).focus();
    return () => {
      const now = document.activeElement;
      if ((!now || now === document.body) && before?.isConnected) before.focus();
    };
  }, []);

  const props = {
    className: `modal ${className ?? ''}`,
    role: 'dialog',
    'aria-modal': true,
    'aria-label': label,
    tabIndex: -1,
    ref: (el: HTMLElement | null) => {
      dialog.current = el;
    },
  } as const;
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
