/**
 * Every command of the app in one table: its id, Chinese label, menu, shortcut and when it applies.
 * The Electron menu is built from it (main/window/menu-template.ts) and one renderer key handler reads
 * the same shortcuts (renderer/commands/use-command-keys.ts), so a key works the same from the menu,
 * the keyboard, and in browser tests; what a command does lives in renderer/commands/<id>.ts.
 *
 * Adding a command: a row here and its file in renderer/commands/ (a test checks they match).
 */

/** Electron accelerator syntax ("CmdOrCtrl+Shift+N"), which the renderer's key handler also parses. */
export type Accelerator = string;

export interface CommandDeclaration {
  id: string;
  label: string;
  menu: 'file' | 'edit' | 'view' | 'help';
  /** Shortcuts, the first shown in the menu; the renderer handles all of them. */
  keys?: readonly Accelerator[];
  /** 'draft': only while a draft is open in the editor (the key passes through otherwise). */
  when: 'always' | 'draft';
  /** A separator goes above it in its menu. */
  separatorBefore?: boolean;
}

export const COMMANDS = [
  { id: 'new-draft', label: '新建空白文档', menu: 'file', keys: ['CmdOrCtrl+N'], when: 'always' },
  { id: 'new-from-template', label: '从模板新建…', menu: 'file', keys: ['CmdOrCtrl+Shift+N'], when: 'always' },
  { id: 'new-from-last-year', label: '以去年报告为底稿新建…', menu: 'file', when: 'always' },
  { id: 'open-file', label: '打开文件…', menu: 'file', keys: ['CmdOrCtrl+O'], when: 'always' },
  { id: 'show-drafts', label: '文档列表', menu: 'file', keys: ['CmdOrCtrl+Shift+O'], when: 'draft' },
  { id: 'save-now', label: '立即保存', menu: 'file', keys: ['CmdOrCtrl+S'], when: 'draft', separatorBefore: true },
  { id: 'export', label: '导出…', menu: 'file', keys: ['CmdOrCtrl+E'], when: 'draft' },
  // Always: on the start screen it says to open a document first.
  { id: 'print', label: '打印…', menu: 'file', keys: ['CmdOrCtrl+P'], when: 'always' },
  { id: 'find', label: '查找…', menu: 'edit', keys: ['CmdOrCtrl+F'], when: 'draft', separatorBefore: true },
  { id: 'replace', label: '替换…', menu: 'edit', keys: ['CmdOrCtrl+H'], when: 'draft' },
  { id: 'insert-section', label: '插入章节…', menu: 'edit', keys: ['CmdOrCtrl+Shift+I'], when: 'draft', separatorBefore: true },
  { id: 'library-palette', label: '检索素材库…', menu: 'edit', keys: ['CmdOrCtrl+K'], when: 'draft' },
  { id: 'save-to-library', label: '存入素材库', menu: 'edit', keys: ['CmdOrCtrl+Shift+L'], when: 'draft' },
  { id: 'tifa-table', label: '提法表…', menu: 'edit', when: 'always', separatorBefore: true },
  { id: 'mark-field', label: '设为字段', menu: 'edit', when: 'draft', separatorBefore: true },
  { id: 'save-template', label: '存为模板…', menu: 'edit', when: 'draft' },
  { id: 'compare', label: '对照去年…', menu: 'view', when: 'draft' },
  { id: 'toggle-left-panel', label: '大纲面板', menu: 'view', keys: ['CmdOrCtrl+\\'], when: 'draft' },
  { id: 'toggle-right-panel', label: '右侧面板', menu: 'view', keys: ['CmdOrCtrl+Shift+\\'], when: 'draft' },
  // The page zooms, not the window (Electron's zoom roles would scale the panels too).
  { id: 'zoom-in', label: '放大', menu: 'view', keys: ['CmdOrCtrl+=', 'CmdOrCtrl+Plus'], when: 'draft', separatorBefore: true },
  { id: 'zoom-out', label: '缩小', menu: 'view', keys: ['CmdOrCtrl+-'], when: 'draft' },
  { id: 'zoom-reset', label: '100%', menu: 'view', keys: ['CmdOrCtrl+0'], when: 'draft' },
  { id: 'about', label: '关于公文写作台', menu: 'help', when: 'always' },
] as const satisfies readonly CommandDeclaration[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((c) => c.id);

export function commandById(id: CommandId): CommandDeclaration {
  return COMMANDS.find((c) => c.id === id)!;
}

export interface KeyChord {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** KeyboardEvent.key, lower case ('n', '\\', '=', '+', 'f8'). */
  key: string;
}

/** "CmdOrCtrl+Shift+N" → { ctrl, shift, key: 'n' }. Cmd and Ctrl are one modifier, as on Windows. */
export function parseAccelerator(accelerator: Accelerator): KeyChord {
  const parts = accelerator.split(/\+(?!$)/);
  const key = parts.pop()!;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    ctrl: mods.has('cmdorctrl') || mods.has('ctrl') || mods.has('cmd') || mods.has('commandorcontrol'),
    shift: mods.has('shift'),
    alt: mods.has('alt'),
    key: key === 'Plus' ? '+' : key.toLowerCase(),
  };
}

/** The key as a writer reads it in a label: "Ctrl+Shift+N". */
export function acceleratorLabel(accelerator: Accelerator): string {
  return accelerator.replace(/CmdOrCtrl/g, 'Ctrl').replace(/Plus$/, '+');
}

/** Every shortcut parsed once (the key handler asks on every key press, typing included). */
const CHORDS: ReadonlyArray<{ command: CommandDeclaration; chord: KeyChord }> = (COMMANDS as readonly CommandDeclaration[]).flatMap((command) =>
  (command.keys ?? []).map((accelerator) => ({ command, chord: parseAccelerator(accelerator) })),
);

/** The command whose shortcut this key press is, or null. */
export function commandForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): CommandDeclaration | null {
  const key = event.key.toLowerCase();
  for (const { command, chord } of CHORDS) {
    if (chord.key !== key || chord.ctrl !== (event.ctrlKey || event.metaKey) || chord.alt !== event.altKey) continue;
    // "+" is Shift+= on most keyboards (a browser may report either key with Shift held): Shift is
    // part of the key there, not a modifier to match.
    if (chord.key !== '+' && chord.key !== '=' && chord.shift !== event.shiftKey) continue;
    return command;
  }
  return null;
}
