/** Events from main to the renderer, and the IPC channel names that carry calls and events. */
import type { CommandId } from '../commands';
import type { LibraryImportProgress } from '../library/types';

/** A command of the table in shared/commands.ts, sent by the application menu. */
export type MenuCommand = CommandId;

export type ApiEvent =
  | { type: 'menu'; command: MenuCommand }
  /** The window is about to close: save now, then call app.flushComplete. */
  | { type: 'flushRequest' }
  /** A library import is under way (shared/library/types.ts). */
  | ({ type: 'libraryImportProgress' } & LibraryImportProgress);

/** IPC channel names: one for calls (carrying the method name, 'drafts.get'), one for events. */
export const IPC_INVOKE_CHANNEL = 'gongwen:invoke';
export const IPC_EVENT_CHANNEL = 'gongwen:event';
