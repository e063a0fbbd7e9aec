import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { $getSelection, type LexicalEditor } from 'lexical';
import type { Draft } from '../../shared/api';
import { dismissalKey } from '../../shared/checks/dismissal';
import type { Finding } from '../../shared/checks/types';
import { liveRoleFor } from '../../shared/document/live-role';
import { sectionPath } from '../../shared/outline/outline';
import type { TemplateField } from '../../shared/templates/types';
import { getApi, unwrap } from '../api';
import { useToast } from '../components/toast-context';
import { EMPTY_ANALYSIS, type DocumentAnalysis } from '../editor/analysis';
import { liveDraftName } from '../editor/draft-name';
import { insertParagraphsAtCaret, insertParagraphsAtPoint } from '../editor/lib/editing';
import { useDraftFields, type DraftFieldsState } from '../fields/use-draft-fields';
import { usePrintView } from '../export/print-view';
import { figureKey, figureKeys } from '../../shared/rollover/figures';
import type { SnippetToInsert } from '../editor/plugins/SnippetDropPlugin';
import { useRollover, type RolloverState } from '../rollover/use-rollover';
import type { CompiledTifa } from '../../shared/checks/tifa-table';
import { useTifaTable } from './use-tifa-table';

export type RightTab = 'problems' | 'checklist' | 'library' | 'versions' | 'fields';

export interface Workspace {
  editor: LexicalEditor | null;
  editorRef: (editor: LexicalEditor | null) => void;
  analysis: DocumentAnalysis;
  /** The latest analysis, for actions that must not re-render with it. */
  analysisRef: MutableRefObject<DocumentAnalysis>;
  onAnalysis(next: DocumentAnalysis): void;
  caretKey: string | null;
  setCaretKey(key: string | null): void;
  dismissed: ReadonlySet<string>;
  /** 忽略 a finding; for a figure 待更新, 确认沿用 (it is right as it stands). */
  dismiss(finding: Finding): void;
  /** 以去年报告为底稿: the base, its checklist, pending figures. */
  rollover: RolloverState;
  restoreDismissed(): void;
  /** Fields declared with 设为字段 in this draft (labels, defaults), for 存为模板. */
  templateFields: TemplateField[];
  setTemplateFields(fields: TemplateField[]): void;
  draftFields: DraftFieldsState;
  printView: ReturnType<typeof usePrintView>;
  draftName: string;
  panels: { left: boolean; right: boolean; tab: RightTab };
  setPanels(change: (panels: Workspace['panels']) => Workspace['panels']): void;
  /** A library snippet into the draft: its own paragraphs after the caret (or at the drop point), roles detected. */
  /** A library snippet into the draft (its origin kept on the paragraphs); from an earlier year, its figures become 待更新. */
  insertSnippet(snippet: SnippetToInsert, at?: { x: number; y: number }): void;
  /** 存入素材库: the selected text, with the headings above it, the draft's title and year. */
  saveSelectionToLibrary(): Promise<void>;
  /** The 提法 table with the office's entries (tifa.list), once loaded; the built-in table until then. */
  tifa: CompiledTifa | undefined;
}

/** What belongs to the draft open in the editor: the editor, its analysis, dismissed findings, fields, panels. */
export function useWorkspace(draft: Draft | null): Workspace {
  const api = getApi();
  const toast = useToast();
  const draftId = draft?.id ?? null;
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const editorRef = useCallback((e: LexicalEditor | null) => setEditor(e), []);
  const [analysis, setAnalysis] = useState<DocumentAnalysis>(EMPTY_ANALYSIS);
  const analysisRef = useRef<DocumentAnalysis>(EMPTY_ANALYSIS);
  const onAnalysis = useCallback((next: DocumentAnalysis) => {
    analysisRef.current = next;
    setAnalysis(next);
  }, []);
  const [caretKey, setCaretKey] = useState<string | null>(null);
  const [dismissedKeys, setDismissedKeys] = useState<string[]>([]);
  const dismissed = useMemo(() => new Set(dismissedKeys), [dismissedKeys]);
  const [templateFields, setTemplateFields] = useState<TemplateField[]>([]);
  const [panels, setPanels] = useState<Workspace['panels']>({ left: true, right: true, tab: 'problems' });
  const draftFields = useDraftFields(draftId);
  const rollover = useRollover(draftId);
  const { confirmFigures, addPendingFigures } = rollover;
  const printView = usePrintView(editor);
  const tifa = useTifaTable();

  // Another draft: its own analysis, its own dismissed findings (loaded with it), no declared fields.
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

  const dismiss = useCallback(
    (finding: Finding) => {
      if (!draftId) return;
      const text = analysisRef.current.paragraphs[finding.paragraph]?.text ?? '';
      if (finding.rule === 'placeholder/figure') {
        confirmFigures([figureKey(text, finding)]);
        return;
      }
      void api
        .dismissals.dismiss({ id: draftId, key: dismissalKey(finding, text) })
        .then((r) => setDismissedKeys(unwrap(r)))
        .catch(toast.error);
    },
    [api, draftId, toast, confirmFigures],
  );
  const restoreDismissed = useCallback(() => {
    if (!draftId) return;
    void api
      .dismissals.clear({ id: draftId })
      .then((r) => setDismissedKeys(unwrap(r)))
      .catch(toast.error);
  }, [api, draftId, toast]);

  const draftName = draft ? liveDraftName(draft, analysis.paragraphs) : '';

  const insertSnippet = useCallback(
    (snippet: SnippetToInsert, at?: { x: number; y: number }) => {
      if (!editor) return;
      const paragraphs = snippet.text
        .split('\n')
        .filter((t) => t.trim())
        .map((text) => ({ role: liveRoleFor('body', text), text }));
      const origin = snippet.source !== undefined ? { source: snippet.source, year: snippet.year ?? null, snippetId: snippet.id } : undefined;
      if (at) insertParagraphsAtPoint(editor, at.x, at.y, paragraphs, origin);
      else insertParagraphsAtCaret(editor, paragraphs, origin);
      editor.focus();
      void api.library.markUsed({ id: snippet.id });
      // Figures written for an earlier year are last year's facts here: 待更新 until changed or confirmed.
      const year = analysisRef.current.year;
      if (origin?.year != null && year !== null && origin.year < year) {
        const keys = figureKeys(paragraphs.map((p) => p.text));
        if (keys.length) addPendingFigures(keys);
      }
    },
    [api, editor, addPendingFigures],
  );

  const saveSelectionToLibrary = useCallback(async () => {
    if (!editor || !draft) return;
    const text = editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? '');
    if (!text.trim()) {
      toast.message('请先选中要存入素材库的段落或文字。');
      return;
    }
    const a = analysisRef.current;
    const index = caretKey ? a.keys.indexOf(caretKey) : -1;
    const headingPath = sectionPath(a.outline, index).map((n) => `${n.marker}${n.title}`);
    try {
      const saved = unwrap(
        await api.library.saveSnippet({ text: text.slice(0, 5000), headingPath: headingPath.slice(0, 10), source: draftName.slice(0, 200), year: a.year }),
      );
      toast.message(saved.status === 'added' ? `已存入素材库（${saved.snippet.kind}）` : '素材库里已有这段文字');
    } catch (err) {
      toast.error(err);
    }
  }, [api, editor, draft, caretKey, draftName, toast]);

  return {
    editor,
    editorRef,
    analysis,
    analysisRef,
    onAnalysis,
    caretKey,
    setCaretKey,
    dismissed,
    dismiss,
    rollover,
    restoreDismissed,
    templateFields,
    setTemplateFields,
    draftFields,
    printView,
    draftName,
    panels,
    setPanels,
    insertSnippet,
    saveSelectionToLibrary,
    tifa,
  };
}
