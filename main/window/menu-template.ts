import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, acceleratorLabel, type CommandDeclaration, type CommandId } from '../../shared/commands';

const MENUS: ReadonlyArray<{ menu: CommandDeclaration['menu']; label: string }> = [
  { menu: 'file', label: '文件' },
  { menu: 'edit', label: '编辑' },
  { menu: 'view', label: '视图' },
  { menu: 'help', label: '帮助' },
];

/**
 * The Chinese application menu (文件 编辑 视图 帮助), built from the command table (shared/commands.ts):
 * a command's item sends it to the renderer. Its shortcut is shown but not registered with the system
 * (registerAccelerator: false): the renderer's one key handler takes every shortcut, in the app as in
 * browser tests, so no key is handled twice. Clipboard, undo, quit and full screen are Electron roles,
 * which reach the editor as native editing events.
 */
export function buildMenuTemplate(send: (command: CommandId) => void, options: { isDev: boolean; isMac: boolean }): MenuItemConstructorOptions[] {
  const commandItems = (menu: CommandDeclaration['menu']): MenuItemConstructorOptions[] =>
    (COMMANDS as readonly CommandDeclaration[])
      .filter((c) => c.menu === menu)
      .flatMap((c) => [
        ...(c.separatorBefore ? [{ type: 'separator' } as const] : []),
        {
          label: c.label,
          ...(c.keys?.[0] ? { accelerator: c.keys[0], registerAccelerator: false, toolTip: acceleratorLabel(c.keys[0]) } : {}),
          click: () => send(c.id as CommandId),
        },
      ]);
  const roles: Record<CommandDeclaration['menu'], { before: MenuItemConstructorOptions[]; after: MenuItemConstructorOptions[] }> = {
    file: { before: [], after: [{ type: 'separator' }, { label: '退出', role: 'quit', accelerator: options.isMac ? 'Cmd+Q' : 'Alt+F4' }] },
    edit: {
      before: [
        { label: '撤销', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: '重做', role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '粘贴为纯文本', role: 'pasteAndMatchStyle' },
        { label: '全选', role: 'selectAll' },
      ],
      after: [],
    },
    view: {
      before: [],
      after: [
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(options.isDev ? ([{ label: '开发者工具', role: 'toggleDevTools', accelerator: 'F12' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    help: { before: [], after: [] },
  };
  return MENUS.map(({ menu, label }) => ({ label, submenu: [...roles[menu].before, ...commandItems(menu), ...roles[menu].after] }));
}
