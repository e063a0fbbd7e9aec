import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';

/**
 * The Chinese application menu (文件 编辑 视图 帮助). Commands that concern the document are sent to
 * the renderer; clipboard and undo use Electron roles, which reach the editor as native editing events.
 */
export function buildMenuTemplate(send: (command: MenuCommand) => void, options: { isDev: boolean; isMac: boolean }) {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '新建空白文档', accelerator: 'CmdOrCtrl+N', click: () => send('new-draft') },
        { label: '从模板新建…', accelerator: 'CmdOrCtrl+Shift+N', click: () => send('new-from-template') },
        { label: '打开文件…', accelerator: 'CmdOrCtrl+O', click: () => send('open-file') },
        { label: '文档列表', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('show-drafts') },
        { type: 'separator' },
        { label: '立即保存', accelerator: 'CmdOrCtrl+S', click: () => send('save-now') },
        { label: '导出…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        // No accelerator: the renderer handles Ctrl+P itself (also in browser tests).
        { label: '打印…  Ctrl+P', click: () => send('print') },
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: options.isMac ? 'Cmd+Q' : 'Alt+F4' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: '重做', role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '粘贴为纯文本', role: 'pasteAndMatchStyle' },
        { label: '全选', role: 'selectAll' },
        { type: 'separator' },
        // No accelerator here: the editor handles Ctrl+F / Ctrl+H itself (also in browser tests).
        { label: '查找…  Ctrl+F', click: () => send('find') },
        { label: '替换…  Ctrl+H', click: () => send('replace') },
        { type: 'separator' },
        // No accelerator: the editor handles Ctrl+Shift+I itself (also in browser tests).
        { label: '插入章节…  Ctrl+Shift+I', click: () => send('insert-section') },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '大纲面板', accelerator: 'CmdOrCtrl+\\', click: () => send('toggle-left-panel') },
        { label: '右侧面板', accelerator: 'CmdOrCtrl+Shift+\\', click: () => send('toggle-right-panel') },
        { type: 'separator' },
        // The page zooms, not the window (Electron's zoom roles would scale the panels and take the keys):
        // no accelerators, the renderer handles Ctrl+= / Ctrl+- / Ctrl+0 itself (also in browser tests).
        { label: '放大  Ctrl+=', click: () => send('zoom-in') },
        { label: '缩小  Ctrl+-', click: () => send('zoom-out') },
        { label: '100%  Ctrl+0', click: () => send('zoom-reset') },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(options.isDev ? ([{ label: '开发者工具', role: 'toggleDevTools', accelerator: 'F12' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    {
      label: '帮助',
      submenu: [{ label: '关于公文写作台', click: () => send('about') }],
    },
  ];
  return template;
}
