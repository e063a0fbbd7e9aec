import { describe, expect, it } from 'vitest';
import { buildWindowOptions, DEFAULT_BOUNDS, restoreBounds } from './window-options';
import { buildMenuTemplate } from './menu-template';
import type { MenuCommand } from '../../shared/api';
import { COMMANDS, type CommandDeclaration } from '../../shared/commands';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions({ width: 1200, height: 800, x: 10, y: 20 }, '/app/preload.cjs');

  it('locks the renderer down', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('uses the saved size and position', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, title: '公文写作台', show: false });
  });
});

describe('restoreBounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('defaults when nothing was saved', () => {
    expect(restoreBounds(null, screen)).toEqual(DEFAULT_BOUNDS);
  });

  it('keeps bounds that are on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700, maximized: true }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('drops a position that is no longer on any display (second screen unplugged)', () => {
    expect(restoreBounds({ x: 2500, y: 100, width: 1000, height: 700 }, screen)).toEqual({ width: 1000, height: 700, maximized: undefined });
  });

  it('enforces the minimum size', () => {
    expect(restoreBounds({ width: 10, height: 10 }, screen)).toMatchObject({ width: 900, height: 600 });
  });
});

describe('buildMenuTemplate', () => {
  it('has the four Chinese menus and routes commands to the renderer', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate((c) => sent.push(c), { isDev: false, isMac: false });
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const file = template[0]!.submenu as Array<{ label?: string; click?: () => void }>;
    file.find((i) => i.label === '新建空白文档')!.click!();
    file.find((i) => i.label === '立即保存')!.click!();
    expect(sent).toEqual(['new-draft', 'save-now']);
  });

  it('lists every command of the table with its shortcut shown, not registered (the renderer takes the keys)', () => {
    const items = buildMenuTemplate(() => {}, { isDev: false, isMac: false }).flatMap(
      (m) => m.submenu as Array<{ label?: string; accelerator?: string; registerAccelerator?: boolean; role?: string }>,
    );
    for (const command of COMMANDS as readonly CommandDeclaration[]) {
      const item = items.find((i) => i.label === command.label);
      expect(item, command.id).toBeDefined();
      expect(item!.accelerator).toBe(command.keys?.[0]);
      if (command.keys) expect(item!.registerAccelerator).toBe(false);
    }
    // Electron roles keep their own accelerators.
    expect(items.find((i) => i.role === 'undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
  });

  it('shows developer tools only in development', () => {
    const labels = (isDev: boolean) =>
      (buildMenuTemplate(() => {}, { isDev, isMac: false })[2]!.submenu as Array<{ label?: string }>).map((i) => i.label);
    expect(labels(false)).not.toContain('开发者工具');
    expect(labels(true)).toContain('开发者工具');
  });
});
