import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where scripts/electron-native.mjs puts better-sqlite3 built for Electron's ABI (development). */
export const DEV_NATIVE_BINDING = join('out', 'native', 'electron', 'better_sqlite3.node');

/**
 * better-sqlite3's addon built for Electron. node_modules/better-sqlite3/build holds the build for the
 * machine's Node (tests, browser mode, CLI), so Electron loads its own copy through `nativeBinding`:
 * beside the app in development, in `resources/native` (outside the asar: an addon cannot be
 * dlopen()ed from inside one) when packaged.
 */
export function nativeBindingPath({ isPackaged, appPath, resourcesPath }: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return isPackaged ? join(resourcesPath, 'native', 'better_sqlite3.node') : join(appPath, DEV_NATIVE_BINDING);
}

/** A message for a missing addon, or null when it is there. */
export function missingBindingMessage(path: string, isPackaged: boolean, exists: (p: string) => boolean = existsSync): string | null {
  if (exists(path)) return null;
  return isPackaged
    ? `This installation of Verbatim is incomplete: ${path} is missing. Reinstall Verbatim.`
    : `better-sqlite3 has not been built for Electron (${path} is missing). Run \`node scripts/electron-native.mjs\` (it needs internet access), then \`npm start\` again.`;
}
