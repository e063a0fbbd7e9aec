import { useEffect, useRef, useState } from 'react';
import type { StartupNotice } from '../shared/api';
import { getApi } from './api';
import { useCommands } from './commands/use-commands';
import { ToastProvider, useToast } from './components/toast-context';
import { AppDialogs } from './dialogs/AppDialogs';
import { DialogsProvider, useDialogs } from './dialogs/dialogs-context';
import { ImportIndicator } from './files/ImportIndicator';
import { OPENABLE_EXTENSIONS } from './files/read-file';
import { usePrint } from './print/use-print';
import { useDraftSession } from './session/use-draft-session';
import { DraftList } from './start/DraftList';
import { useWorkspace } from './workspace/use-workspace';
import { Workspace } from './workspace/Workspace';
import { usePageZoom } from './zoom/use-page-zoom';

/** The app: toasts and dialogs available to everything inside, then the frame. */
export function App() {
  return (
    <ToastProvider>
      <DialogsProvider>
        <Frame />
      </DialogsProvider>
    </ToastProvider>
  );
}

/**
 * The frame composes the parts: the draft session (which draft is open, saving when switching), the
 * open draft's workspace, the commands (one table for menu and keys), the dialogs, and the start
 * screen or the editor.
 */
function Frame() {
  const toast = useToast();
  const dialogs = useDialogs();
  const session = useDraftSession();
  const workspace = useWorkspace(session.draft);
  const zoom = usePageZoom();
  const print = usePrint(session.draft !== null);
  const fileInput = useRef<HTMLInputElement>(null);
  const run = useCommands({ session, workspace, dialogs, toast, zoom, print, openFilePicker: () => fileInput.current?.click() });
  const notices = useStartupNotices();
  useFileDrop(session.openFiles);

  const { view } = session;
  return (
    <div className="app">
      {notices.element}
      {view.kind === 'list' ? (
        <DraftList
          drafts={session.drafts}
          onOpen={(id) => void session.open(id)}
          onCreate={() => run('new-draft')}
          onCreateFromTemplate={() => run('new-from-template')}
          onOpenFile={() => run('open-file')}
          onRollover={(draftId) => dialogs.open(draftId ? { kind: 'rollover', draftId } : { kind: 'rollover' })}
          onOpenLibrary={() => dialogs.open({ kind: 'library-manager' })}
          onOpenTifa={() => run('tifa-table')}
          onRename={(id, title) => void session.renameListed(id, title)}
          onDuplicate={(id) => void session.duplicate(id)}
          onDelete={(draft) => void session.remove(draft)}
        />
      ) : (
        <Workspace view={view} session={session} workspace={workspace} zoom={zoom} run={run} />
      )}
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={OPENABLE_EXTENSIONS.join(',')}
        data-testid="open-file-input"
        onChange={(e) => {
          if (e.target.files) void session.openFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {session.importing && <ImportIndicator key={session.importing} fileName={session.importing} onCancel={session.cancelImport} />}
      <AppDialogs session={session} workspace={workspace} />
    </div>
  );
}

/** What main reported at start (a damaged database moved aside, a library index rebuilt), as banners until acknowledged. */
function useStartupNotices() {
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  useEffect(() => {
    void getApi()
      .app.startupNotices({})
      .then((r) => r.ok && setNotices(r.value));
  }, []);
  return {
    element: notices.map((n) => (
      <div key={n.message} className="notice-banner" role="alert">
        {n.message}
        <button type="button" onClick={() => setNotices((all) => all.filter((x) => x !== n))}>
          知道了
        </button>
      </div>
    )),
  };
}

/** A file dragged onto the window is opened. */
function useFileDrop(openFiles: (files: FileList) => Promise<void>) {
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
}
