/** versions.*: the snapshots of a draft (every 5 minutes of editing, on close, before a restore). */
import { z } from 'zod';
import { byDraftId, draftIdSchema, returns } from './common';
import type { Draft } from './drafts';

export type VersionReason = 'autosave' | 'close' | 'before-restore' | 'manual';

export interface DraftVersionSummary {
  id: number;
  draftId: string;
  reason: VersionReason;
  wordCount: number;
  createdAt: string;
  /** First characters of the text, for the version list. */
  preview: string;
}

export interface DraftVersion extends DraftVersionSummary {
  plainText: string;
}

const byVersion = z.object({ id: draftIdSchema, versionId: z.number().int().positive() }).strict();

export const versionsContract = {
  list: returns<DraftVersionSummary[]>()(byDraftId),
  get: returns<DraftVersion>()(byVersion),
  restore: returns<Draft>()(byVersion),
} as const;
