import { useCallback } from 'react';
import { getApi, unwrap } from '../api';

interface Options {
  /** A draft is open in the editor (printing the start screen makes no sense). */
  hasDraft: boolean;
  onMessage: (text: string) => void;
  onError: (err: unknown) => void;
}

/**
 * 打印 (Ctrl+P, 文件 → 打印…): main prints the window, and the renderer's print CSS lays it out as the
 * page view on A4 with GB/T 9704 margins — the same layout as the PDF export. Returns the print action
 * for the print command (menu and Ctrl+P: the command keys take it before Chromium's own print preview).
 */
export function usePrint({ hasDraft, onMessage, onError }: Options): () => void {
  const print = useCallback(() => {
    if (!hasDraft) {
      onMessage('请先打开要打印的文档。');
      return;
    }
    void getApi()
      .export.print({})
      .then((r) => unwrap(r))
      .catch(onError);
  }, [hasDraft, onMessage, onError]);

  return print;
}
