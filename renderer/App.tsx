import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { $getSelection, type LexicalEditor } from 'lexical';
import type { ApiEvent, ApiResult, Draft, DraftSummary, ImportOutcome, StartupNotice } from '../shared/api';
import { dismissalKey } from '../shared/checks/dismissal';
import type { Finding } from '../shared/checks/types';
import { liveRoleFor } from '../shared/document/live-role';
import type { DocParagraph } from '../shared/document/roles';
import { sectionPath } from '../shared/outline/outline';
import { MAX_TITLE_CHARS } from '../shared/limits';
import type { TemplateField } from '../shared/templates/types';
import { getApi, unwrap } from './api';
import { useNotifications } from './components/notify';
import { Toast, type ToastMessage } from './components/Toast';
import { EMPTY_ANALYSIS, readKeyedParagraphs, type DocumentAnalysis } from './editor/analysis';
import type { Autosaver, SaveState } from './editor/autosave';
import { liveDraftName } from './editor/draft-name';
import { $docParagraph } from './editor/document-text';
import { Editor } from './editor/Editor';
import { insertParagraphsAtCaret, insertParagraphsAtPoint, insertSectionAtCaret, selectSpan } from './editor/lib/editing';
import { CleanupBannerPlugin } from './editor/plugins/CleanupBannerPlugin';
import { InitialCaretPlugin, type InitialCaret } from './editor/plugins/InitialCaretPlugin';
import { FIND_EVENT } from './editor/plugins/FindReplacePlugin';
import { FieldsPanel } from './fields/FieldsPanel';
import { useDraftFields } from './fields/use-draft-fields';
import { $selectedParagraphs } from './editor/plugins/RolePlugin/selection-paragraphs';
import { ExportDialog } from './export/ExportDialog';
import { usePrintView } from './export/print-view';
import { OPENABLE_EXTENSIONS, readFileAsBase64 } from './files/read-file';
import { IMPORTABLE_FORMATS_LABEL } from '../shared/import-formats';
import { LibraryPalette } from './library/LibraryPalette';
import { LibraryPanel } from './library/LibraryPanel';
import { OutlinePanel } from './panels/OutlinePanel';
import { usePrint } from './print/use-print';
import { usePageZoom } from './zoom/use-page-zoom';
import { ZoomControl } from './zoom/ZoomControl';
import { ProblemsPanel } from './panels/ProblemsPanel';
import { VersionsPanel } from './panels/VersionsPanel';
import { DraftList } from './start/DraftList';
import { LibraryManager } from './start/LibraryManager';
import { StatusBar } from './status/StatusBar';
import { MarkFieldPopover } from './templates/MarkFieldPopover';
import { SaveTemplateDialog } from './templates/SaveTemplateDialog';
import { SectionPicker } from './templates/SectionPicker';
import { TemplateGallery } from './templates/TemplateGallery';

type View =
  | { kind: 'list' }
  | {
      kind: 'editor';
      draft: Draft;
      mountKey: number;
      imported?: Pick<ImportOutcome, 'removed' | 'rawParagraphs'>;
      /** A draft just created: where the caret goes, with the focus. */
      caret?: InitialCaret;
    };

/** The app frame: start screen or editor, with the left/right panel slots and the status bar. */
export function App() {
  const api = getApi();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | undefined>();
  const [wordCount, setWordCount] = useState(0);
  const [leftOpen, setLeftOpen] = useState(true);
  const [rightOpen, setRightOpen] = useState(true);
  const [savedTick, setSavedTick] = useState(0);
  const autosaverRef = useRef<Autosaver | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState<string | null>(null);
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [analysis, setAnalysis] = useState<DocumentAnalysis>(EMPTY_ANALYSIS);
  const analysisRef = useRef<DocumentAnalysis>(EMPTY_ANALYSIS);
  const [caretKey, setCaretKey] = useState<string | null>(null);
  const [dismissedKeys, setDismissedKeys] = useState<string[]>([]);
  const dismissed = useMemo(() => new Set(dismissedKeys), [dismissedKeys]);
  const [rightTab, setRightTab] = useState<'problems' | 'library' | 'versions' | 'fields'>('problems');
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [libraryManagerOpen, setLibraryManagerOpen] = useState(false);
  /** The export dialog, with the error-level findings at the moment it opened. */
  const [exporting, setExporting] = useState<Finding[] | null>(null);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [sectionPickerOpen, setSectionPickerOpen] = useState(false);
  const [markingField, setMarkingField] = useState<string | null>(null);
  const [savingTemplate, setSavingTemplate] = useState<{ document: DocParagraph[]; selection: DocParagraph[] | null } | null>(null);
  /** Fields declared with 设为字段 in this draft (labels, defaults), for 存为模板. */
  const [templateFields, setTemplateFields] = useState<TemplateField[]>([]);
  const editorRef = useCallback((e: LexicalEditor | null) => setEditor(e), []);
  const printView = usePrintView(editor);

  const showError = useCallback((err: unknown) => {
    setToast({ id: Date.now(), text: err instanceof Error ? err.message : String(err), tone: 'error' });
  }, []);

  const showMessage = useCallback((text: string) => setToast({ id: Date.now(), text }), []);
  useNotifications(showMessage);

  const onAnalysis = useCallback((next: DocumentAnalysis) => {
    analysisRef.current = next;
    setAnalysis(next);
  }, []);

  const draftId = view.kind === 'editor' ? view.draft.id : null;
  const draftFields = useDraftFields(draftId, showError);
  const pageZoom = usePageZoom({ active: draftId !== null, onError: showError });
  const { zoomIn, zoomOut, resetZoom } = pageZoom;
  const print = usePrint({ hasDraft: draftId !== null, onMessage: showMessage, onError: showError });
  // The findings this draft's writer ignored, loaded with the draft.
  useEffect(() => {
    setDismissedKeys([]);
    setTemplateFields([]);
    analysisRef.current = EMPTY_ANALYSIS;
    setAnalysis(EMPTY_ANALYSIS);
    if (!draftId) return;
    let live = true;
    void api.dismissals.list({ id: draftId }).then((r) => live && r.ok && setDismissedKeys(r.value));
    return () => {
      live = false;
    };
  }, [api, draftId]);

  const dismissFinding = useCallback(
    async (finding: Finding) => {
      if (!draftId) return;
      const text = analysisRef.current.paragraphs[finding.paragraph]?.text ?? '';
      try {
        setDismissedKeys(unwrap(await api.dismissals.dismiss({ id: draftId, key: dismissalKey(finding, text) })));
      } catch (err) {
        showError(err);
      }
    },
    [api, draftId, showError],
  );

  const restoreDismissed = useCallback(async () => {
    if (!draftId) return;
    setDismissedKeys(unwrap(await api.dismissals.clear({ id: draftId })));
  }, [api, draftId]);

  /** A draft setting changed in main (year, house style): the open draft takes the returned summary. */
  const updateOpenDraft = useCallback(
    async (change: (id: string) => Promise<ApiResult<DraftSummary>>) => {
      if (view.kind !== 'editor') return;
      try {
        const summary = unwrap(await change(view.draft.id));
        setView({ ...view, draft: { ...view.draft, ...summary } });
      } catch (err) {
        showError(err);
      }
    },
    [view, showError],
  );
  const setYear = useCallback((year: number | null) => updateOpenDraft((id) => api.drafts.setYear({ id, year })), [api, updateOpenDraft]);
  const setHouseStyle = useCallback(
    (houseStyle: string | null) => updateOpenDraft((id) => api.drafts.setHouseStyle({ id, houseStyle })),
    [api, updateOpenDraft],
  );

  const draftName = view.kind === 'editor' ? liveDraftName(view.draft, analysis.paragraphs) : '';
  const onDismissFinding = useCallback((f: Finding) => void dismissFinding(f), [dismissFinding]);
  const onRestoreDismissed = useCallback(() => void restoreDismissed().catch(showError), [restoreDismissed, showError]);

  // Stable props, so the editor does not re-render when only the analysis (panels) changes.
  const yearOverride = view.kind === 'editor' ? view.draft.year : null;
  const houseStyle = view.kind === 'editor' ? view.draft.houseStyle : null;
  const checks = useMemo(
    () => ({
      yearOverride,
      houseStyle,
      dismissed,
      analysisRef,
      onAnalysis,
      onDismiss: onDismissFinding,
      onCaretParagraph: setCaretKey,
    }),
    [yearOverride, houseStyle, dismissed, onAnalysis, onDismissFinding],
  );
  const imported = view.kind === 'editor' ? view.imported : undefined;
  const initialCaret = view.kind === 'editor' ? view.caret : undefined;
  const editorExtras = useMemo(
    () => (
      <>
        {imported && <CleanupBannerPlugin removed={imported.removed} rawParagraphs={imported.rawParagraphs} />}
        {initialCaret && <InitialCaretPlugin place={initialCaret} />}
      </>
    ),
    [imported, initialCaret],
  );

  const openExport = useCallback(() => {
    if (view.kind !== 'editor') return;
    setExporting(analysisRef.current.findings.filter((f) => f.severity === 'error'));
  }, [view.kind]);

  /** A library snippet into the draft: its own paragraph after the caret (or the drop point), role detected. */
  const insertSnippet = useCallback(
    (snippet: { id: number; text: string }, at?: { x: number; y: number }) => {
      if (!editor) return;
      const paragraphs = snippet.text
        .split('\n')
        .filter((t) => t.trim())
        .map((text) => ({ role: liveRoleFor('body', text), text }));
      if (at) insertParagraphsAtPoint(editor, at.x, at.y, paragraphs);
      else insertParagraphsAtCaret(editor, paragraphs);
      editor.focus();
      void api.library.markUsed({ id: snippet.id });
    },
    [api, editor],
  );
  const onDropSnippet = useCallback(
    (snippet: { id: number; text: string }, x: number, y: number) => insertSnippet(snippet, { x, y }),
    [insertSnippet],
  );

  /** 存入素材库: the selected text, with the headings above it, the draft's title and year. */
  const saveSelectionToLibrary = useCallback(async () => {
    if (!editor || view.kind !== 'editor') return;
    const text = editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? '');
    if (!text.trim()) {
      setToast({ id: Date.now(), text: '请先选中要存入素材库的段落或文字。' });
      return;
    }
    const a = analysisRef.current;
    const index = caretKey ? a.keys.indexOf(caretKey) : -1;
    const headingPath = sectionPath(a.outline, index).map((n) => `${n.marker}${n.title}`);
    try {
      const saved = unwrap(
        await api.library.saveSnippet({
          text: text.slice(0, 5000),
          headingPath: headingPath.slice(0, 10),
          source: draftName.slice(0, 200),
          year: a.year,
        }),
      );
      setToast({ id: Date.now(), text: saved.status === 'added' ? `已存入素材库（${saved.snippet.kind}）` : '素材库里已有这段文字' });
    } catch (err) {
      showError(err);
    }
  }, [api, editor, view, caretKey, draftName, showError]);

  const openSectionPicker = useCallback(() => {
    if (view.kind === 'editor') setSectionPickerOpen(true);
  }, [view.kind]);

  const openMarkField = useCallback(() => {
    if (!editor) return;
    const selected = editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? '');
    if (!selected.trim() || selected.includes('\n')) {
      setToast({ id: Date.now(), text: '请先在一段中选中要设为字段的文字（如单位名称、年份）。' });
      return;
    }
    setMarkingField(selected);
  }, [editor]);

  const openSaveTemplate = useCallback(() => {
    if (!editor) return;
    const document = readKeyedParagraphs(editor.getEditorState()).paragraphs;
    const selection = editor.getEditorState().read(() => {
      const nodes = $selectedParagraphs();
      return nodes.length > 1 ? nodes.map($docParagraph) : null;
    });
    setSavingTemplate({ document, selection });
  }, [editor]);

  // Ctrl+E opens the export dialog, Ctrl+Shift+I the section picker (the menu sends the same commands).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (!e.shiftKey && key === 'e') {
        e.preventDefault();
        openExport();
      } else if (e.shiftKey && key === 'i') {
        e.preventDefault();
        openSectionPicker();
      } else if (!e.shiftKey && key === 'k' && view.kind === 'editor') {
        e.preventDefault();
        setPaletteOpen(true);
      } else if (e.shiftKey && key === 'n') {
        e.preventDefault();
        setGalleryOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openExport, openSectionPicker, view.kind]);

  const refreshList = useCallback(async () => {
    try {
      setDrafts(unwrap(await api.drafts.list({})));
    } catch (err) {
      showError(err);
    }
  }, [api, showError]);

  /** Shows a draft from main in the editor (a new mount: its own undo history and checks). */
  const showDraft = useCallback(
    (draft: Draft, imported?: Pick<ImportOutcome, 'removed' | 'rawParagraphs'>, caret?: InitialCaret) => {
      setWordCount(draft.wordCount);
      setSaveState('saved');
      setView({ kind: 'editor', draft, mountKey: Date.now(), ...(imported ? { imported } : {}), ...(caret ? { caret } : {}) });
    },
    [],
  );

  const openDraft = useCallback(
    async (id: string) => {
      try {
        await autosaverRef.current?.flush('manual');
        showDraft(unwrap(await api.drafts.get({ id })));
      } catch (err) {
        showError(err);
      }
    },
    [api, showError, showDraft],
  );

  const createDraft = useCallback(async () => {
    try {
      await autosaverRef.current?.flush('manual');
      showDraft(unwrap(await api.drafts.create({})), undefined, 'start');
    } catch (err) {
      showError(err);
    }
  }, [api, showError, showDraft]);

  const openFiles = useCallback(
    async (files: FileList | File[]) => {
      const file = [...files][0];
      if (!file) return;
      if (!OPENABLE_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) {
        showError(new Error(`无法打开“${file.name}”：只支持 ${IMPORTABLE_FORMATS_LABEL} 文件。`));
        return;
      }
      setImporting(file.name);
      try {
        await autosaverRef.current?.flush('manual');
        const outcome = unwrap(await api.drafts.import({ fileName: file.name, dataBase64: await readFileAsBase64(file) }));
        showDraft(outcome.draft, { removed: outcome.removed, rawParagraphs: outcome.rawParagraphs });
      } catch (err) {
        showError(err);
      } finally {
        setImporting(null);
      }
    },
    [api, showError, showDraft],
  );

  // Drag a file onto the window to open it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      void openFiles(e.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFiles]);

  const showList = useCallback(async () => {
    try {
      await autosaverRef.current?.flush('manual');
    } catch (err) {
      showError(err);
    }
    setView({ kind: 'list' });
    await refreshList();
  }, [refreshList, showError]);

  useEffect(() => {
    void refreshList();
    void api.app.startupNotices({}).then((r) => r.ok && setNotices(r.value));
  }, [api, refreshList]);

  // Events from main: menu commands, and the request to save everything before the window closes.
  useEffect(
    () =>
      api.onEvent((event: ApiEvent) => {
        if (event.type === 'flushRequest') {
          const saver = autosaverRef.current;
          void (saver ? saver.flush('close') : Promise.resolve())
            .catch(() => undefined)
            .then(() => api.app.flushComplete({}));
          return;
        }
        if (event.type !== 'menu') return;
        switch (event.command) {
          case 'new-draft':
            return void createDraft();
          case 'open-file':
            return fileInput.current?.click();
          case 'find':
          case 'replace':
            return void window.dispatchEvent(new CustomEvent(FIND_EVENT, { detail: event.command }));
          case 'show-drafts':
            return void showList();
          case 'export':
            return openExport();
          case 'print':
            return print();
          case 'zoom-in':
            return zoomIn();
          case 'zoom-out':
            return zoomOut();
          case 'zoom-reset':
            return resetZoom();
          case 'new-from-template':
            return setGalleryOpen(true);
          case 'insert-section':
            return openSectionPicker();
          case 'save-now':
            return void autosaverRef.current?.flush('manual').catch(showError);
          case 'toggle-left-panel':
            return setLeftOpen((v) => !v);
          case 'toggle-right-panel':
            return setRightOpen((v) => !v);
          case 'about':
            return setToast({ id: Date.now(), text: '公文写作台 0.1.0：离线运行，不联网。' });
          default:
            return;
        }
      }),
    [api, createDraft, showList, showError, openExport, openSectionPicker, print, zoomIn, zoomOut, resetZoom],
  );

  const onSaveState = useCallback((state: SaveState, error?: Error) => {
    setSaveState(state);
    setSaveError(error?.message);
    if (state === 'saved') setSavedTick((t) => t + 1);
  }, []);

  const deleteDraft = async (draft: DraftSummary) => {
    try {
      unwrap(await api.drafts.delete({ id: draft.id }));
      await refreshList();
      setToast({
        id: Date.now(),
        text: `已删除“${draft.displayTitle}”`,
        actionLabel: '撤销',
        onAction: () => void api.drafts.undoDelete({ id: draft.id }).then(refreshList),
      });
    } catch (err) {
      showError(err);
    }
  };

  const restoreVersion = async (versionId: number) => {
    if (view.kind !== 'editor') return;
    try {
      await autosaverRef.current?.flush('manual');
      showDraft(unwrap(await api.versions.restore({ id: view.draft.id, versionId })));
      setToast({ id: Date.now(), text: '已恢复所选版本；恢复前的内容也保存在历史版本中。' });
    } catch (err) {
      showError(err);
    }
  };

  const renameCurrent = async (title: string) => {
    if (view.kind !== 'editor') return;
    try {
      const summary = unwrap(await api.drafts.rename({ id: view.draft.id, title }));
      setView({ ...view, draft: { ...view.draft, ...summary } });
    } catch (err) {
      showError(err);
    }
  };

  return (
    <div className="app">
      {notices.map((n) => (
        <div key={n.movedTo} className="notice-banner" role="alert">
          {n.message}
          <button type="button" onClick={() => setNotices((all) => all.filter((x) => x !== n))}>
            知道了
          </button>
        </div>
      ))}
      {view.kind === 'list' ? (
        <DraftList
          drafts={drafts}
          onOpen={openDraft}
          onCreate={createDraft}
          onCreateFromTemplate={() => setGalleryOpen(true)}
          onOpenFile={() => fileInput.current?.click()}
          onOpenLibrary={() => setLibraryManagerOpen(true)}
          onRename={async (id, title) => {
            try {
              unwrap(await api.drafts.rename({ id, title }));
              await refreshList();
            } catch (err) {
              showError(err);
            }
          }}
          onDuplicate={async (id) => {
            try {
              unwrap(await api.drafts.duplicate({ id }));
              await refreshList();
            } catch (err) {
              showError(err);
            }
          }}
          onDelete={deleteDraft}
        />
      ) : (
        <div className="workspace">
          <header className="doc-header">
            <button type="button" onClick={() => void showList()} title="返回文档列表">
              ← 文档列表
            </button>
            <input
              key={view.draft.id + view.draft.title}
              className="doc-title"
              aria-label="文档标题"
              placeholder={draftName}
              defaultValue={view.draft.title}
              maxLength={MAX_TITLE_CHARS}
              onBlur={(e) => e.target.value !== view.draft.title && void renameCurrent(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
            />
            <button type="button" onClick={openSectionPicker} title="在光标处插入章节模板，其后的序号自动顺延 (Ctrl+Shift+I)">
              插入章节…
            </button>
            <button type="button" onClick={() => void saveSelectionToLibrary()} title="把选中的文字存入素材库，以后可以检索复用">
              存入素材库
            </button>
            <button type="button" onClick={openMarkField} title="把选中的文字在全文替换为 {{字段}}，用于存为模板">
              设为字段
            </button>
            <button type="button" onClick={openSaveTemplate} title="把本文档或选中的章节保存为自己的模板">
              存为模板…
            </button>
            <button type="button" className="primary" onClick={openExport} title="导出为 Word、纯文本或 PDF (Ctrl+E)">
              导出…
            </button>
          </header>
          <div className="workspace-body">
            {leftOpen && (
              <aside className="side-panel left" aria-label="左侧面板">
                <OutlinePanel editor={editor} analysis={analysis} caretKey={caretKey} onMessage={showMessage} />
              </aside>
            )}
            <section className="editor-area">
              <Editor
                key={view.mountKey}
                draft={view.draft}
                autosaverRef={autosaverRef}
                onSaveState={onSaveState}
                onWordCount={setWordCount}
                editorRef={editorRef}
                onDropSnippet={onDropSnippet}
                checks={checks}
                zoom={pageZoom.zoom}
              >
                {editorExtras}
              </Editor>
              {printView.element}
            </section>
            {rightOpen && (
              <aside className="side-panel right" aria-label="右侧面板">
                <div className="panel-tabs" role="tablist">
                  <button type="button" role="tab" aria-selected={rightTab === 'problems'} onClick={() => setRightTab('problems')}>
                    检查结果
                  </button>
                  <button type="button" role="tab" aria-selected={rightTab === 'library'} onClick={() => setRightTab('library')}>
                    素材库
                  </button>
                  <button type="button" role="tab" aria-selected={rightTab === 'versions'} onClick={() => setRightTab('versions')}>
                    历史版本
                  </button>
                  <button type="button" role="tab" aria-selected={rightTab === 'fields'} onClick={() => setRightTab('fields')}>
                    字段
                  </button>
                </div>
                {rightTab === 'problems' ? (
                  <ProblemsPanel
                    editor={editor}
                    analysis={analysis}
                    dismissedCount={dismissedKeys.length}
                    onDismiss={onDismissFinding}
                    onRestoreDismissed={onRestoreDismissed}
                    onMessage={showMessage}
                  />
                ) : rightTab === 'library' ? (
                  <LibraryPanel
                    targetYear={analysis.year}
                    onInsert={(hit) => insertSnippet(hit)}
                    onMessage={(text, action) =>
                      setToast({ id: Date.now(), text, ...(action ? { actionLabel: action.label, onAction: action.run } : {}) })
                    }
                  />
                ) : rightTab === 'fields' ? (
                  <FieldsPanel
                    editor={editor}
                    paragraphs={analysis.paragraphs}
                    fields={draftFields.fields}
                    onSave={draftFields.save}
                    onMessage={showMessage}
                  />
                ) : (
                  <VersionsPanel draftId={view.draft.id} refreshKey={savedTick} onRestore={restoreVersion} />
                )}
              </aside>
            )}
          </div>
          <StatusBar
            wordCount={wordCount}
            saveState={saveState}
            saveError={saveError}
            placeholders={analysis.visible.filter((f) => f.category === 'placeholder').length}
            year={{ override: view.draft.year, detected: analysis.year, onChange: (y) => void setYear(y) }}
            houseStyle={{ value: view.draft.houseStyle, onChange: (s) => void setHouseStyle(s) }}
          >
            <ZoomControl {...pageZoom} />
          </StatusBar>
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={OPENABLE_EXTENSIONS.join(',')}
        data-testid="open-file-input"
        onChange={(e) => {
          if (e.target.files) void openFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {importing && (
        <div className="busy-overlay" role="status">
          正在打开“{importing}”…
        </div>
      )}
      {exporting && view.kind === 'editor' && (
        <ExportDialog
          draftId={view.draft.id}
          errors={exporting}
          paragraphs={analysisRef.current.paragraphs.map((p) => p.text)}
          flush={async () => {
            await autosaverRef.current?.flush('manual');
          }}
          preparePrint={printView.prepare}
          onJump={(f) => {
            setExporting(null);
            const key = analysisRef.current.keys[f.paragraph];
            if (editor && key) selectSpan(editor, key, f.start, f.end);
          }}
          onDone={(result) => {
            setExporting(null);
            setToast({
              id: Date.now(),
              text: `已导出到 ${result.path}${result.errorCount ? `（含 ${result.errorCount} 处未改正的错误）` : ''}`,
            });
          }}
          onClose={() => setExporting(null)}
        />
      )}
      {galleryOpen && (
        <TemplateGallery
          onClose={() => setGalleryOpen(false)}
          onBlank={() => {
            setGalleryOpen(false);
            void createDraft();
          }}
          onCreated={(draft) => {
            setGalleryOpen(false);
            // A draft from a template opens with its fields beside it (填写字段).
            setRightOpen(true);
            setRightTab('fields');
            void (async () => {
              await autosaverRef.current?.flush('manual').catch(() => undefined);
              showDraft(draft, undefined, 'first-fill-in');
            })();
          }}
        />
      )}
      {libraryManagerOpen && view.kind === 'list' && (
        <LibraryManager
          onClose={() => setLibraryManagerOpen(false)}
          onMessage={(text, action) => setToast({ id: Date.now(), text, ...(action ? { actionLabel: action.label, onAction: action.run } : {}) })}
        />
      )}
      {paletteOpen && (
        <LibraryPalette
          targetYear={analysis.year}
          onClose={() => setPaletteOpen(false)}
          onInsert={(hit) => {
            setPaletteOpen(false);
            insertSnippet(hit);
          }}
        />
      )}
      {sectionPickerOpen && (
        <SectionPicker
          values={draftFields.fields?.values ?? {}}
          onClose={() => setSectionPickerOpen(false)}
          onInsert={(section) => {
            setSectionPickerOpen(false);
            if (!editor) return;
            const renumbered = insertSectionAtCaret(editor, section.paragraphs);
            editor.focus();
            showMessage(`已插入“${section.name}”${renumbered ? `，并顺延了 ${renumbered} 处序号` : ''}`);
          }}
        />
      )}
      {markingField !== null && editor && (
        <MarkFieldPopover
          editor={editor}
          selected={markingField}
          fields={templateFields}
          onClose={() => setMarkingField(null)}
          onDone={(fields, message) => {
            setMarkingField(null);
            setTemplateFields(fields);
            showMessage(message);
          }}
        />
      )}
      {savingTemplate && view.kind === 'editor' && (
        <SaveTemplateDialog
          document={savingTemplate.document}
          selection={savingTemplate.selection}
          declared={templateFields}
          suggestedName={draftName.slice(0, 60)}
          onClose={() => setSavingTemplate(null)}
          onSaved={(message) => {
            setSavingTemplate(null);
            showMessage(message);
          }}
        />
      )}
      <Toast toast={toast} onClose={() => setToast(null)} />
    </div>
  );
}
