import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The app's data folder (settings, recent projects, backups, the sample study) outside Electron:
 * the same folder Electron's `app.getPath('userData')` gives for an app named Verbatim, so that the
 * CLI, browser mode and the desktop app share it. `VERBATIM_DATA_DIR` overrides it (tests, portable use).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.VERBATIM_DATA_DIR) return env.VERBATIM_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Verbatim');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Verbatim');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Verbatim');
}
