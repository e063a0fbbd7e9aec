import type { Finding } from '../../shared/checks/types';
import { FieldsPanel } from '../fields/FieldsPanel';
import { LibraryPanel } from '../library/LibraryPanel';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { ChecklistPanel } from '../rollover/ChecklistPanel';
import { useDialogs } from '../dialogs/dialogs-context';
import { VersionsPanel } from '../panels/VersionsPanel';
import type { DraftSession } from '../session/use-draft-session';
import type { RightTab, Workspace } from './use-workspace';

const TABS: ReadonlyArray<{ tab: RightTab; label: string }> = [
  { tab: 'problems', label: '检查结果' },
  { tab: 'checklist', label: '年份清单' },
  { tab: 'library', label: '素材库' },
  { tab: 'versions', label: '历史版本' },
  { tab: 'fields', label: '字段' },
];

interface Props {
  workspace: Workspace;
  session: DraftSession;
  draftId: string;
  onDismiss: (finding: Finding) => void;
}

/** The right panel: 检查结果, 年份清单 (a draft made from last year's report), 素材库, 历史版本 and 字段, one tab at a time. */
export function RightPanel({ workspace, session, draftId, onDismiss }: Props) {
  const { editor, analysis, panels, setPanels } = workspace;
  const dialogs = useDialogs();
  return (
    <aside className="side-panel right" aria-label="右侧面板">
      <div className="panel-tabs" role="tablist">
        {TABS.filter(({ tab }) => tab !== 'checklist' || workspace.rollover.base).map(({ tab, label }) => (
          <button key={tab} type="button" role="tab" aria-selected={panels.tab === tab} onClick={() => setPanels((p) => ({ ...p, tab }))}>
            {label}
          </button>
        ))}
      </div>
      {panels.tab === 'problems' ? (
        <ProblemsPanel
          editor={editor}
          analysis={analysis}
          dismissedCount={workspace.dismissed.size}
          onDismiss={onDismiss}
          onRestoreDismissed={workspace.restoreDismissed}
        />
      ) : panels.tab === 'checklist' && workspace.rollover.base ? (
        <ChecklistPanel
          editor={editor}
          analysis={analysis}
          rollover={workspace.rollover}
          onShowProblems={() => setPanels((p) => ({ ...p, tab: 'problems' }))}
          onCompare={() => dialogs.open({ kind: 'compare' })}
        />
      ) : panels.tab === 'library' ? (
        <LibraryPanel targetYear={analysis.year} onInsert={(hit) => workspace.insertSnippet(hit)} />
      ) : panels.tab === 'fields' ? (
        <FieldsPanel
          editor={editor}
          paragraphs={analysis.paragraphs}
          fields={workspace.draftFields.fields}
          onSave={workspace.draftFields.save}
        />
      ) : panels.tab === 'versions' ? (
        <VersionsPanel draftId={draftId} refreshKey={session.save.tick} onRestore={(id) => void session.restoreVersion(id)} />
      ) : null}
    </aside>
  );
}
