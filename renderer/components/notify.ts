import { useEffect } from 'react';

/**
 * A short message for the writer from deep inside the editor (a plugin that refuses a key and says
 * why) without threading a callback through every layer: a window event the app shows as a toast.
 */
const NOTIFY_EVENT = 'gongwen:notify';

export function notify(text: string): void {
  window.dispatchEvent(new CustomEvent<string>(NOTIFY_EVENT, { detail: text }));
}

/** Shows every notify() through `show` (the app's toast) while mounted. */
export function useNotifications(show: (text: string) => void): void {
  useEffect(() => {
    const on = (e: Event) => show((e as CustomEvent<string>).detail);
    window.addEventListener(NOTIFY_EVENT, on);
    return () => window.removeEventListener(NOTIFY_EVENT, on);
  }, [show]);
}
