import { useCallback, useMemo } from 'react';
import type { CommandId } from '../../shared/commands';
import { getApi } from '../api';
import { Editor } from '../editor/Editor';
import type { SnippetToInsert } from '../editor/plugins/SnippetDropPlugin';
import { CleanupBannerPlugin } from '../editor/plugins/CleanupBannerPlugin';
import { InitialCaretPlugin } from '../editor/plugins/InitialCaretPlugin';
import { OutlinePanel } from '../panels/OutlinePanel';
import type { DraftSession, View } from '../session/use-draft-session';
import { StatusBar } from '../status/StatusBar';
import type { PageZoom } from '../zoom/use-page-zoom';
import { ZoomControl } from '../zoom/ZoomControl';
import { DocHeader } from './DocHeader';
import { RightPanel } from './RightPanel';
import type { Workspace as WorkspaceState } from './use-workspace';

interface Props {
  view: Extract<View, { kind: 'editor' }>;
  session: DraftSession;
  workspace: WorkspaceState;
  zoom: PageZoom;
  run: (id: CommandId) => void;
}

/** The open draft: header, outline, the editor in its page view, the right panel and the status bar. */
export function Workspace({ view, session, workspace, zoom, run }: Props) {
  const { draft, imported, caret } = view;
  const { editor, analysis, panels, dismiss } = workspace;
  const api = getApi();
  // Stable props, so the editor does not re-render when only the analysis (panels) changes.
  const checks = useMemo(
    () => ({
      yearOverride: draft.year,
      houseStyle: draft.houseStyle,
      dismissed: workspace.dismissed,
      pendingFigures: workspace.rollover.pendingFigures,
      analysisRef: workspace.analysisRef,
      onAnalysis: workspace.onAnalysis,
      onDismiss: dismiss,
      onCaretParagraph: workspace.setCaretKey,
      tifa: workspace.tifa,
    }),
    [
      draft.year,
      draft.houseStyle,
      workspace.dismissed,
      workspace.rollover.pendingFigures,
      workspace.analysisRef,
      workspace.onAnalysis,
      dismiss,
      workspace.setCaretKey,
      workspace.tifa,
    ],
  );
  const extras = useMemo(
    () => (
      <>
        {imported && <CleanupBannerPlugin removed={imported.removed} rawParagraphs={imported.rawParagraphs} />}
        {caret && <InitialCaretPlugin place={caret} />}
      </>
    ),
    [imported, caret],
  );
  const { insertSnippet } = workspace;
  const onDropSnippet = useCallback((snippet: SnippetToInsert, x: number, y: number) => insertSnippet(snippet, { x, y }), [insertSnippet]);
  return (
    <div className="workspace">
      <DocHeader
        draft={draft}
        draftName={workspace.draftName}
        onBack={() => void session.showList()}
        onRename={(title) => void session.updateOpenDraft((id) => api.drafts.rename({ id, title }))}
        onSaveToLibrary={() => void workspace.saveSelectionToLibrary()}
        run={run}
      />
      <div className="workspace-body">
        {panels.left && (
          <aside className="side-panel left" aria-label="左侧面板">
            <OutlinePanel editor={editor} analysis={analysis} caretKey={workspace.caretKey} />
          </aside>
        )}
        <section className="editor-area">
          <Editor
            key={view.mountKey}
            draft={draft}
            autosaverRef={session.autosaverRef}
            onSaveState={session.onSaveState}
            onWordCount={session.onWordCount}
            editorRef={workspace.editorRef}
            onDropSnippet={onDropSnippet}
            checks={checks}
            zoom={zoom.zoom}
          >
            {extras}
          </Editor>
          {workspace.printView.element}
        </section>
        {panels.right && <RightPanel workspace={workspace} session={session} draftId={draft.id} onDismiss={dismiss} />}
      </div>
      <StatusBar
        wordCount={session.save.wordCount}
        saveState={session.save.state}
        saveError={session.save.error}
        placeholders={analysis.visible.filter((f) => f.category === 'placeholder').length}
        year={{ override: draft.year, detected: analysis.year, onChange: (year) => void session.updateOpenDraft((id) => api.drafts.setYear({ id, year })) }}
        houseStyle={{
          value: draft.houseStyle,
          onChange: (houseStyle) => void session.updateOpenDraft((id) => api.drafts.setHouseStyle({ id, houseStyle })),
        }}
      >
        <ZoomControl {...zoom} />
      </StatusBar>
    </div>
  );
}
