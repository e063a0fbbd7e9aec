import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = '公文写作台';

/**
 * The app's data folder, the same one Electron's app.getPath('userData') gives for productName
 * 公文写作台, so the CLI and the app share drafts and the library. GONGWEN_DATA_DIR overrides it
 * (portable installs, tests).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env['GONGWEN_DATA_DIR']) return path.resolve(env['GONGWEN_DATA_DIR']);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), APP_DIR_NAME);
}
