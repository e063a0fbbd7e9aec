import { useToast } from '../components/toast-context';
import { selectSpan, insertSectionAtCaret } from '../editor/lib/editing';
import { ExportDialog } from '../export/ExportDialog';
import { LibraryPalette } from '../library/LibraryPalette';
import type { DraftSession } from '../session/use-draft-session';
import { LibraryManager } from '../start/LibraryManager';
import { MarkFieldPopover } from '../templates/MarkFieldPopover';
import { RolloverDialog } from '../rollover/RolloverDialog';
import { CompareView } from '../compare/CompareView';
import { TifaDialog } from '../tifa/TifaDialog';
import { paragraphOrigins } from '../editor/lib/origin';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';
import { SectionPicker } from '../templates/SectionPicker';
import { TemplateGallery } from '../templates/TemplateGallery';
import type { Workspace } from '../workspace/use-workspace';
import { useDialogs } from './dialogs-context';

/** The open dialog (at most one), bound to the session and the open draft. */
export function AppDialogs({ session, workspace }: { session: DraftSession; workspace: Workspace }) {
  const { current, close } = useDialogs();
  const toast = useToast();
  const { editor, analysisRef } = workspace;
  const draft = session.draft;
  if (!current) return null;
  switch (current.kind) {
    case 'export':
      return draft ? (
        <ExportDialog
          draftId={draft.id}
          errors={current.errors}
          paragraphs={analysisRef.current.paragraphs.map((p) => p.text)}
          flush={session.flush}
          preparePrint={workspace.printView.prepare}
          onJump={(f) => {
            close();
            const key = analysisRef.current.keys[f.paragraph];
            if (editor && key) selectSpan(editor, key, f.start, f.end);
          }}
          onDone={(result) => {
            close();
            toast.message(`已导出到 ${result.path}${result.errorCount ? `（含 ${result.errorCount} 处未改正的错误）` : ''}`);
          }}
          onClose={close}
        />
      ) : null;
    case 'gallery':
      return (
        <TemplateGallery
          onClose={close}
          onBlank={() => {
            close();
            void session.create();
          }}
          onCreated={(created) => {
            close();
            // A draft from a template opens with its fields beside it (填写字段).
            workspace.setPanels((p) => ({ ...p, right: true, tab: 'fields' }));
            void session.show(created, undefined, 'first-fill-in');
          }}
        />
      );
    case 'rollover':
      return (
        <RolloverDialog
          {...(current.draftId ? { draftId: current.draftId } : {})}
          onClose={close}
          onCreated={(outcome) => {
            close();
            // The new draft opens with its checklist beside it: nothing has changed yet.
            workspace.setPanels((p) => ({ ...p, right: true, tab: 'checklist' }));
            void session.show(outcome.draft);
          }}
        />
      );
    case 'tifa':
      return (
        <TifaDialog
          onClose={close}
          onSaved={(message) => {
            close();
            toast.message(message);
          }}
        />
      );
    case 'compare':
      return draft ? (
        <CompareView
          draftId={draft.id}
          hasRolloverBase={workspace.rollover.base !== null}
          flush={session.flush}
          onJump={(text) => {
            close();
            const a = analysisRef.current;
            const index = a.paragraphs.findIndex((p) => p.text.trim() === text.trim());
            const key = a.keys[index];
            if (editor && key) selectSpan(editor, key, 0, a.paragraphs[index]!.text.length);
          }}
          readOrigins={() => (editor ? paragraphOrigins(editor) : new Map())}
          onExported={(path) => toast.message(`已导出修订版到 ${path}`)}
          onClose={close}
        />
      ) : null;
    case 'library-manager':
      return draft ? null : <LibraryManager onClose={close} />;
    case 'library-palette':
      return (
        <LibraryPalette
          targetYear={workspace.analysis.year}
          onClose={close}
          onInsert={(hit) => {
            close();
            workspace.insertSnippet(hit);
          }}
        />
      );
    case 'section-picker':
      return (
        <SectionPicker
          values={workspace.draftFields.fields?.values ?? {}}
          onClose={close}
          onInsert={(section) => {
            close();
            if (!editor) return;
            const renumbered = insertSectionAtCaret(editor, section.paragraphs);
            editor.focus();
            toast.message(`已插入“${section.name}”${renumbered ? `，并顺延了 ${renumbered} 处序号` : ''}`);
          }}
        />
      );
    case 'mark-field':
      return editor ? (
        <MarkFieldPopover
          editor={editor}
          selected={current.selected}
          fields={workspace.templateFields}
          onClose={close}
          onDone={(fields, message) => {
            close();
            workspace.setTemplateFields(fields);
            toast.message(message);
          }}
        />
      ) : null;
    case 'save-template':
      return draft ? (
        <SaveTemplateDialog
          document={current.document}
          selection={current.selection}
          declared={workspace.templateFields}
          suggestedName={workspace.draftName.slice(0, 60)}
          onClose={close}
          onSaved={(message) => {
            close();
            toast.message(message);
          }}
        />
      ) : null;
  }
}
