import type { Toasts } from '../components/toast-context';
import type { Dialogs } from '../dialogs/dialogs-context';
import type { DraftSession } from '../session/use-draft-session';
import type { Workspace } from '../workspace/use-workspace';
import type { PageZoom } from '../zoom/use-page-zoom';

/** What a command may act on: the app's parts, as App composes them. */
export interface CommandContext {
  session: DraftSession;
  workspace: Workspace;
  dialogs: Dialogs;
  toast: Toasts;
  zoom: PageZoom;
  print(): void;
  /** The system's file picker for 打开文件 (the hidden file input). */
  openFilePicker(): void;
}

/** What one command does (renderer/commands/runtimes/<id>.ts, its row in shared/commands.ts). */
export interface CommandRuntime {
  run(context: CommandContext): void | Promise<void>;
}
