/** Events from main to the renderer, and the IPC channel names that carry calls and events. */
import type { LibraryImportProgress } from '../library/types';

export type MenuCommand =
  | 'new-draft'
  | 'new-from-template'
  | 'insert-section'
  | 'open-file'
  | 'export'
  | 'print'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'find'
  | 'replace'
  | 'show-drafts'
  | 'save-now'
  | 'undo'
  | 'redo'
  | 'toggle-left-panel'
  | 'toggle-right-panel'
  | 'about';

export type ApiEvent =
  | { type: 'menu'; command: MenuCommand }
  /** The window is about to close: save now, then call app.flushComplete. */
  | { type: 'flushRequest' }
  /** A library import is under way (shared/library/types.ts). */
  | ({ type: 'libraryImportProgress' } & LibraryImportProgress);

/** IPC channel names: one for calls (carrying the method name, 'drafts.get'), one for events. */
export const IPC_INVOKE_CHANNEL = 'gongwen:invoke';
export const IPC_EVENT_CHANNEL = 'gongwen:event';
