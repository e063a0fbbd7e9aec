import { memo, useState, type MutableRefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ParagraphNode } from 'lexical';
import type { Draft } from '../../shared/api';
import type { Finding } from '../../shared/checks/types';
import type { DocumentAnalysis } from './analysis';
import type { Autosaver, SaveState } from './autosave';
import { $fillFromPlainText } from './document-text';
import { DocParagraphNode } from './nodes/DocParagraphNode';
import { editorTheme } from './theme';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { ChecksPlugin } from './plugins/ChecksPlugin';
import { CursorPlugin } from './plugins/CursorPlugin';
import { FindingCardPlugin } from './plugins/FindingCardPlugin';
import { PlaceholderNavPlugin } from './plugins/PlaceholderNavPlugin';
import { SnippetDropPlugin } from './plugins/SnippetDropPlugin';
import { DocumentStatsPlugin } from './plugins/DocumentStatsPlugin';
import { FindReplacePlugin } from './plugins/FindReplacePlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { RolePlugin } from './plugins/RolePlugin';
import { RunInHeadingPlugin } from './plugins/RunInHeadingPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { TabPlugin } from './plugins/TabPlugin';
import { ZoomedPage } from '../zoom/ZoomedPage';
import { FormatGuardPlugin } from './plugins/FormatGuardPlugin';
import type { CompiledTifa } from '../../shared/checks/tifa-table';

interface Props {
  draft: Draft;
  autosaverRef: MutableRefObject<Autosaver | null>;
  onSaveState: (state: SaveState, error?: Error) => void;
  onWordCount: (count: number) => void;
  /** Live checks: the year override, the ignored findings, and where each new analysis goes. */
  checks: {
    yearOverride: number | null;
    /** The draft's house style (单位规范) id; null = the default style. */
    houseStyle: string | null;
    dismissed: ReadonlySet<string>;
    /** Figures 待更新 after a rollover (keys); an empty set otherwise. */
    pendingFigures: ReadonlySet<string>;
    analysisRef: MutableRefObject<DocumentAnalysis>;
    onAnalysis: (analysis: DocumentAnalysis) => void;
    onDismiss: (finding: Finding) => void;
    onCaretParagraph: (key: string | null) => void;
    /** The compiled 提法 table (built-in + the office's own); the built-in one when absent. */
    tifa: CompiledTifa | undefined;
  };
  /** Receives the Lexical editor, for the panels outside the composer (outline, problems). */
  editorRef: React.RefCallback<LexicalEditor>;
  /** A library result dropped into the text (must be stable: the editor is memoized). */
  onDropSnippet: (snippet: { id: number; text: string }, x: number, y: number) => void;
  /** Page zoom in per cent (50–200). */
  zoom: number;
  /** Extra plugins from the app (e.g. the import-cleanup banner), rendered inside the composer. */
  children?: React.ReactNode;
}

const PAGE_VIEW_KEY = 'gongwen.pageView';

/** The Lexical editor for one draft. Remounted (key = draft id) when another draft is opened. */
export const Editor = memo(function Editor({ draft, autosaverRef, onSaveState, onWordCount, checks, editorRef, onDropSnippet, zoom, children }: Props) {
  const [pageView, setPageView] = useState(() => localStorage.getItem(PAGE_VIEW_KEY) !== 'plain');
  const initialConfig: InitialConfigType = {
    namespace: 'gongwen',
    theme: editorTheme,
    nodes: [
      DocParagraphNode,
      { replace: ParagraphNode, with: () => new DocParagraphNode('body'), withKlass: DocParagraphNode },
    ],
    onError: (error) => {
      console.error(error);
    },
    editorState: draft.lexicalJson ? draft.lexicalJson : () => $fillFromPlainText(draft.plainText),
  };

  const togglePageView = () => {
    setPageView((v) => {
      localStorage.setItem(PAGE_VIEW_KEY, v ? 'plain' : 'page');
      return !v;
    });
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin pageView={pageView} onTogglePageView={togglePageView} />
      <FindReplacePlugin />
      {children}
      <div className={`page-scroller ${pageView ? 'page-view' : 'plain-view'}`}>
        <ZoomedPage zoom={zoom} pageView={pageView}>
          <RichTextPlugin
            contentEditable={<ContentEditable className="editor-content" aria-label="正文编辑区" spellCheck={false} />}
            placeholder={<div className="editor-placeholder">在此输入正文……</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </ZoomedPage>
      </div>
      <HistoryPlugin />
      <RolePlugin />
      <TabPlugin />
      <FormatGuardPlugin />
      <RunInHeadingPlugin />
      <PastePlugin />
      <AutosavePlugin draftId={draft.id} autosaverRef={autosaverRef} onStateChange={onSaveState} />
      <DocumentStatsPlugin onWordCount={onWordCount} />
      <ChecksPlugin
        yearOverride={checks.yearOverride}
        houseStyle={checks.houseStyle}
        dismissed={checks.dismissed}
        pendingFigures={checks.pendingFigures}
        analysisRef={checks.analysisRef}
        onAnalysis={checks.onAnalysis}
        tifa={checks.tifa}
      />
      <FindingCardPlugin analysisRef={checks.analysisRef} onDismiss={checks.onDismiss} />
      <PlaceholderNavPlugin dismissed={checks.dismissed} pendingFigures={checks.pendingFigures} />
      <CursorPlugin onCaretParagraph={checks.onCaretParagraph} />
      <EditorRefPlugin editorRef={editorRef} />
      <SnippetDropPlugin onDropSnippet={onDropSnippet} />
    </LexicalComposer>
  );
});
