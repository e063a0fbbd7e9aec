/** dismissals.*: findings the writer ignored in a draft (keys from shared/checks/dismissal.ts). */
import { z } from 'zod';
import { MAX_DISMISSAL_KEY_CHARS } from '../checks/dismissal';
import { byDraftId, draftIdSchema, returns } from './common';

export const dismissalsContract = {
  list: returns<string[]>()(byDraftId),
  dismiss: returns<string[]>()(
    z.object({ id: draftIdSchema, key: z.string().min(1).max(MAX_DISMISSAL_KEY_CHARS, '忽略记录过长') }).strict(),
  ),
  clear: returns<string[]>()(byDraftId),
} as const;
