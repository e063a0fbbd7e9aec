import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useNotifications } from './notify';
import { Toast, type ToastMessage } from './Toast';

export interface ToastAction {
  label: string;
  run: () => void;
}

/** What any component may tell the writer, without a callback threaded down to it. */
export interface Toasts {
  message(text: string, action?: ToastAction): void;
  /** An error's Chinese message (ApiFailure, Error, or any value), in the error tone. */
  error(err: unknown): void;
}

const ToastContext = createContext<Toasts | null>(null);

/**
 * The app's one toast at the bottom of the window (as Lexical's playground does with its
 * FlashMessageContext): a provider that shows it, and useToast() for everything inside.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const message = useCallback((text: string, action?: ToastAction) => {
    setToast({ id: Date.now(), text, ...(action ? { actionLabel: action.label, onAction: action.run } : {}) });
  }, []);
  const error = useCallback((err: unknown) => {
    setToast({ id: Date.now(), text: err instanceof Error ? err.message : String(err), tone: 'error' });
  }, []);
  const toasts = useMemo(() => ({ message, error }), [message, error]);
  const close = useCallback(() => setToast(null), []);
  // Plugins deep in the editor speak through notify() (components/notify.ts).
  useNotifications(message);
  return (
    <ToastContext.Provider value={toasts}>
      {children}
      <Toast toast={toast} onClose={close} />
    </ToastContext.Provider>
  );
}

export function useToast(): Toasts {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error('useToast 须在 ToastProvider 之内使用');
  return toasts;
}
