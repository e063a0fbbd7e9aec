import { useEffect, useState } from 'react';

/** False until `delayMs` after the component mounted, then true: for what only slow work should show. */
export function useShownAfter(delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return shown;
}
