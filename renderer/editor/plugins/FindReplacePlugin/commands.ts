import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the 查找 or 替换 bar (the 查找…/替换… commands, Ctrl+F / Ctrl+H). */
export const OPEN_FIND_COMMAND: LexicalCommand<'find' | 'replace'> = createCommand('OPEN_FIND_COMMAND');
