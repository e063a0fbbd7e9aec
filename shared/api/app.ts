/** app.*: what the app as a whole tells the renderer (start-up notices) and hears from it (the close-time flush). */
import { empty, returns } from './common';

/** A damaged database moved aside (and where to), or the library's damaged full-text index rebuilt (nothing lost). */
export type StartupNotice = { kind: 'database-recovered'; message: string; movedTo: string } | { kind: 'index-rebuilt'; message: string };

export const appContract = {
  startupNotices: returns<StartupNotice[]>()(empty),
  /** The renderer's answer to a `flushRequest` event: every pending edit is saved. */
  flushComplete: returns<null>()(empty),
} as const;
