/** fields.*: the template fields of a draft and the values filled in (填写字段 panel; empty for a draft not made from a template). */
import { z } from 'zod';
import type { DraftFields } from '../templates/api-types';
import { byDraftId, draftIdSchema, returns } from './common';
import { fieldValues } from './templates';

export const fieldsContract = {
  get: returns<DraftFields>()(byDraftId),
  /** Records the values the writer filled in with the 填写字段 panel (merged with the others). */
  set: returns<DraftFields>()(z.object({ id: draftIdSchema, values: fieldValues }).strict()),
} as const;
