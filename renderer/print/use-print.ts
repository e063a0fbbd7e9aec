import { useCallback } from 'react';
import { getApi, unwrap } from '../api';
import { useToast } from '../components/toast-context';

/**
 * 打印 (Ctrl+P, 文件 → 打印…): main prints the window, and the renderer's print CSS lays it out as the
 * page view on A4 with GB/T 9704 margins — the same layout as the PDF export. Returns the print action
 * for the print command (menu and Ctrl+P: the command keys take it before Chromium's own print preview).
 * `hasDraft`: a draft is open in the editor (printing the start screen makes no sense).
 */
export function usePrint(hasDraft: boolean): () => void {
  const toast = useToast();
  const print = useCallback(() => {
    if (!hasDraft) {
      toast.message('请先打开要打印的文档。');
      return;
    }
    void getApi()
      .export.print({})
      .then((r) => unwrap(r))
      .catch(toast.error);
  }, [hasDraft, toast]);

  return print;
}
