import { createCommand, type LexicalCommand } from 'lexical';
import type { ParagraphRole } from '../../../../shared/document/roles';

/** Sets the role of every paragraph touched by the selection, as the writer's explicit choice. */
export const SET_PARAGRAPH_ROLE_COMMAND: LexicalCommand<ParagraphRole> = createCommand('SET_PARAGRAPH_ROLE_COMMAND');
