import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { ApiResult, Draft, DraftSummary, ImportOutcome } from '../../shared/api';
import { IMPORTABLE_FORMATS_LABEL } from '../../shared/import-formats';
import { getApi, unwrap } from '../api';
import { useToast } from '../components/toast-context';
import type { Autosaver, SaveState } from '../editor/autosave';
import type { InitialCaret } from '../editor/plugins/InitialCaretPlugin';
import { busyMessage, ImportRun, isCanceled } from '../files/import-run';
import { OPENABLE_EXTENSIONS, readFileAsBase64 } from '../files/read-file';

export type View =
  | { kind: 'list' }
  | {
      kind: 'editor';
      draft: Draft;
      /** A new mount of the editor (its own undo history and checks) each time a draft is shown. */
      mountKey: number;
      imported?: Pick<ImportOutcome, 'removed' | 'rawParagraphs'>;
      /** A draft just created: where the caret goes, with the focus. */
      caret?: InitialCaret;
    };

export interface SaveStatus {
  state: SaveState;
  error?: string;
  /** Counts saves, so the versions panel reloads after each. */
  tick: number;
  wordCount: number;
}

export interface DraftSession {
  view: View;
  /** The open draft, or null on the start screen. */
  draft: Draft | null;
  drafts: DraftSummary[];
  autosaverRef: MutableRefObject<Autosaver | null>;
  /** The file being opened (one at a time), for the import indicator. */
  importing: string | null;
  save: SaveStatus;
  onSaveState(state: SaveState, error?: Error): void;
  onWordCount(count: number): void;
  /** Saves pending edits of the open draft now. */
  flush(): Promise<void>;
  refreshList(): Promise<void>;
  /** Saves the open draft, then shows this one. */
  show(draft: Draft, imported?: Pick<ImportOutcome, 'removed' | 'rawParagraphs'>, caret?: InitialCaret): Promise<void>;
  open(id: string): Promise<void>;
  create(): Promise<void>;
  /** Opens the first file as a new draft; refused, with a message, while another file is being opened. */
  openFiles(files: FileList | File[]): Promise<void>;
  /** Stops the file being opened: no draft is made, the open draft stays as it is, nothing is reported. */
  cancelImport(): void;
  showList(): Promise<void>;
  restoreVersion(versionId: number): Promise<void>;
  /** A draft setting changed in main (name, year, house style): the open draft takes the returned summary. */
  updateOpenDraft(change: (id: string) => Promise<ApiResult<DraftSummary>>): Promise<void>;
  renameListed(id: string, title: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  remove(draft: DraftSummary): Promise<void>;
}

/**
 * The drafts and the one open in the editor: switching drafts always saves the open one first, and the
 * window's close waits for that save (flushRequest → flushComplete). Errors become toasts.
 */
export function useDraftSession(): DraftSession {
  const api = getApi();
  const toast = useToast();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [importing, setImporting] = useState<string | null>(null);
  const importRun = useRef<ImportRun | null>(null);
  const [save, setSave] = useState<SaveStatus>({ state: 'saved', tick: 0, wordCount: 0 });
  const autosaverRef = useRef<Autosaver | null>(null);

  const flush = useCallback(async () => {
    await autosaverRef.current?.flush('manual');
  }, []);

  const refreshList = useCallback(async () => {
    try {
      setDrafts(unwrap(await api.drafts.list({})));
    } catch (err) {
      toast.error(err);
    }
  }, [api, toast]);

  /** Puts a draft in the editor; callers have saved the open one first. */
  const display = useCallback((draft: Draft, imported?: Pick<ImportOutcome, 'removed' | 'rawParagraphs'>, caret?: InitialCaret) => {
    setSave((s) => ({ ...s, state: 'saved', error: undefined, wordCount: draft.wordCount }));
    setView({ kind: 'editor', draft, mountKey: Date.now(), ...(imported ? { imported } : {}), ...(caret ? { caret } : {}) });
  }, []);

  const show = useCallback(
    async (draft: Draft, imported?: Pick<ImportOutcome, 'removed' | 'rawParagraphs'>, caret?: InitialCaret) => {
      await flush().catch(() => undefined);
      display(draft, imported, caret);
    },
    [flush, display],
  );

  /** Saves first, then asks main for the draft to show: a failure leaves the open draft as it is. */
  const switchTo = useCallback(
    async (load: () => Promise<Draft>, caret?: InitialCaret): Promise<boolean> => {
      try {
        await flush();
        display(await load(), undefined, caret);
        return true;
      } catch (err) {
        toast.error(err);
        return false;
      }
    },
    [flush, display, toast],
  );

  const open = useCallback(async (id: string) => void (await switchTo(async () => unwrap(await api.drafts.get({ id })))), [api, switchTo]);
  const create = useCallback(async () => void (await switchTo(async () => unwrap(await api.drafts.create({})), 'start')), [api, switchTo]);

  const openFiles = useCallback(
    async (files: FileList | File[]) => {
      const file = [...files][0];
      if (!file) return;
      // One at a time: 取消 stops every import main runs (see busyMessage).
      if (importRun.current) {
        toast.message(busyMessage(importRun.current.fileName));
        return;
      }
      if (!OPENABLE_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) {
        toast.error(new Error(`无法打开“${file.name}”：只支持 ${IMPORTABLE_FORMATS_LABEL} 文件。`));
        return;
      }
      const run = new ImportRun(file.name);
      importRun.current = run;
      setImporting(file.name);
      try {
        await flush();
        const dataBase64 = await readFileAsBase64(file);
        if (!run.send()) return;
        const outcome = unwrap(await api.drafts.import({ fileName: file.name, dataBase64 }));
        // show(), which saves first: the open draft stays editable while the file is read.
        await show(outcome.draft, { removed: outcome.removed, rawParagraphs: outcome.rawParagraphs });
      } catch (err) {
        if (!isCanceled(err)) toast.error(err);
      } finally {
        importRun.current = null;
        setImporting(null);
      }
    },
    [api, flush, show, toast],
  );

  const cancelImport = useCallback(() => {
    if (importRun.current?.cancel()) void api.drafts.cancelImport({});
  }, [api]);

  const showList = useCallback(async () => {
    await flush().catch(toast.error);
    setView({ kind: 'list' });
    await refreshList();
  }, [flush, refreshList, toast]);

  const draft = view.kind === 'editor' ? view.draft : null;

  const restoreVersion = useCallback(
    async (versionId: number) => {
      if (!draft) return;
      if (await switchTo(async () => unwrap(await api.versions.restore({ id: draft.id, versionId })))) {
        toast.message('已恢复所选版本；恢复前的内容也保存在历史版本中。');
      }
    },
    [api, draft, switchTo, toast],
  );

  const updateOpenDraft = useCallback(
    async (change: (id: string) => Promise<ApiResult<DraftSummary>>) => {
      if (!draft) return;
      try {
        const summary = unwrap(await change(draft.id));
        setView((v) => (v.kind === 'editor' && v.draft.id === summary.id ? { ...v, draft: { ...v.draft, ...summary } } : v));
      } catch (err) {
        toast.error(err);
      }
    },
    [draft, toast],
  );

  /** A change to a listed draft, then the list again. */
  const changeListed = useCallback(
    async (change: () => Promise<ApiResult<unknown>>) => {
      try {
        unwrap(await change());
        await refreshList();
      } catch (err) {
        toast.error(err);
      }
    },
    [refreshList, toast],
  );
  const renameListed = useCallback((id: string, title: string) => changeListed(() => api.drafts.rename({ id, title })), [api, changeListed]);
  const duplicate = useCallback((id: string) => changeListed(() => api.drafts.duplicate({ id })), [api, changeListed]);
  const remove = useCallback(
    async (summary: DraftSummary) => {
      await changeListed(() => api.drafts.delete({ id: summary.id }));
      toast.message(`已删除“${summary.displayTitle}”`, { label: '撤销', run: () => void api.drafts.undoDelete({ id: summary.id }).then(refreshList) });
    },
    [api, changeListed, refreshList, toast],
  );

  const onSaveState = useCallback((state: SaveState, error?: Error) => {
    setSave((s) => ({ ...s, state, error: error?.message, tick: state === 'saved' ? s.tick + 1 : s.tick }));
  }, []);
  const onWordCount = useCallback((wordCount: number) => setSave((s) => (s.wordCount === wordCount ? s : { ...s, wordCount })), []);

  useEffect(() => {
    void refreshList();
  }, [refreshList]);

  // The window is closing: save everything, then tell main it may close.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'flushRequest') return;
        const saver = autosaverRef.current;
        void (saver ? saver.flush('close') : Promise.resolve()).catch(() => undefined).then(() => api.app.flushComplete({}));
      }),
    [api],
  );

  return {
    view,
    draft,
    drafts,
    autosaverRef,
    importing,
    save,
    onSaveState,
    onWordCount,
    flush,
    refreshList,
    show,
    open,
    create,
    openFiles,
    cancelImport,
    showList,
    restoreVersion,
    updateOpenDraft,
    renameListed,
    duplicate,
    remove,
  };
}
