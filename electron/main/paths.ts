import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The app's own files, found from the built main's folder (out/electron) and Electron's paths. */
export type AppPaths = { preload: string; renderer: string; icon: string };

export function appPaths({
  isPackaged,
  appPath,
  resourcesPath,
  mainDir = dirname(fileURLToPath(import.meta.url)),
}: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  mainDir?: string;
}): AppPaths {
  return {
    preload: join(mainDir, 'preload.cjs'),
    renderer: join(appPath, 'out', 'renderer'),
    // build/ is not packaged; electron-builder copies the icon into resources (extraResources).
    icon: isPackaged ? join(resourcesPath, 'icon.png') : join(appPath, 'build', 'icon.png'),
  };
}
