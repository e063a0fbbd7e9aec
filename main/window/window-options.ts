import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 860 };
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;

/**
 * The main window's options. Pure, so the security settings are unit-tested: the renderer is
 * sandboxed, isolated from the preload, has no Node, and cannot open other windows or run remote code.
 */
export function buildWindowOptions(bounds: WindowBounds, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: '公文写作台',
    show: false,
    backgroundColor: '#f3f1ec',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      experimentalFeatures: false,
      safeDialogs: true,
    },
  };
}

/**
 * Restores saved bounds only if the window would still be visible on one of the current displays
 * (a laptop undocked from its second screen must not open the window off-screen).
 */
export function restoreBounds(saved: WindowBounds | null, displays: DisplayArea[]): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  const width = Math.max(MIN_WIDTH, Math.round(saved.width));
  const height = Math.max(MIN_HEIGHT, Math.round(saved.height));
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const x = Math.round(saved.x);
  const y = Math.round(saved.y);
  const visible = displays.some((d) => {
    const overlapX = Math.min(x + width, d.x + d.width) - Math.max(x, d.x);
    const overlapY = Math.min(y + height, d.y + d.height) - Math.max(y, d.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  if (!visible) return { width, height, maximized: saved.maximized };
  return { x, y, width, height, maximized: saved.maximized };
}
