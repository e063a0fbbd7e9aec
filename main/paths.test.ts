import { describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { defaultDataDir } from './paths';

describe('defaultDataDir', () => {
  it('matches Electron userData for productName 公文写作台 on each platform', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\li\\AppData\\Roaming', '公文写作台'));
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', '公文写作台'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(path.join('/x', '公文写作台'));
    expect(defaultDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', '公文写作台'));
  });

  it('honours GONGWEN_DATA_DIR', () => {
    expect(defaultDataDir({ GONGWEN_DATA_DIR: '/data/gw' }, 'linux')).toBe('/data/gw');
  });
});
