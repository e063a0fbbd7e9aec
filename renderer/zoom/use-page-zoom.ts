import { useCallback, useEffect, useState } from 'react';
import { clampZoom, DEFAULT_ZOOM, stepZoom } from '../../shared/view/zoom';
import { getApi, unwrap } from '../api';
import { useToast } from '../components/toast-context';

export interface PageZoom {
  /** Per cent, 50–200. */
  zoom: number;
  setZoom: (zoom: number) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  resetZoom: () => void;
}

/**
 * The page zoom: read from main at start, stored there on every change (so it outlives a restart).
 * Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 reach it as the zoom commands (shared/commands.ts), as in Word and WPS.
 */
export function usePageZoom(): PageZoom {
  const { error: onError } = useToast();
  const [zoom, setZoomState] = useState(DEFAULT_ZOOM);

  useEffect(() => {
    let live = true;
    void getApi()
      .view.get({})
      .then((r) => live && r.ok && setZoomState(r.value.zoom));
    return () => {
      live = false;
    };
  }, []);

  const setZoom = useCallback(
    (next: number) => {
      const zoom = clampZoom(next);
      setZoomState(zoom);
      void getApi()
        .view.set({ zoom })
        .then((r) => unwrap(r))
        .catch(onError);
    },
    [onError],
  );
  // Functional steps read the zoom at the moment of the key press, so quick repeats all count.
  const step = useCallback(
    (direction: 1 | -1) => {
      setZoomState((current) => {
        const next = stepZoom(current, direction);
        void getApi()
          .view.set({ zoom: next })
          .then((r) => unwrap(r))
          .catch(onError);
        return next;
      });
    },
    [onError],
  );
  const zoomIn = useCallback(() => step(1), [step]);
  const zoomOut = useCallback(() => step(-1), [step]);
  const resetZoom = useCallback(() => setZoom(DEFAULT_ZOOM), [setZoom]);

  return { zoom, setZoom, zoomIn, zoomOut, resetZoom };
}
