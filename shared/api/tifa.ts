/**
 * tifa.*: the 提法 table the checker dates wording by — the built-in entries and the office's own
 * (<dataDir>/tifa.json). The renderer loads it once per workspace and compiles it
 * (compileTifaTable) for the live checker.
 */
import { z } from 'zod';
import type { TifaEntry } from '../checks/data/tifa-types';
import type { UserTifaProblem } from '../checks/tifa-schema';
import { userTifaEntriesSchema } from '../checks/tifa-schema';
import { empty, returns } from './common';

export interface TifaList {
  builtIn: TifaEntry[];
  user: TifaEntry[];
  /** Entries of tifa.json that were not loaded, each named by number and field, in Chinese. */
  problems: UserTifaProblem[];
}

export const saveUserTifaInput = z.object({ entries: userTifaEntriesSchema }).strict();
export type SaveUserTifaInput = z.output<typeof saveUserTifaInput>;

export const tifaContract = {
  /** Built-in and user entries, with the problems of the user file. */
  list: returns<TifaList>()(empty),
  /** Replaces the user entries (validated entry by entry); returns the table as list gives it. */
  saveUser: returns<TifaList>()(saveUserTifaInput),
} as const;
