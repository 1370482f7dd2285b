import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingBindingMessage, nativeBindingPath } from '../../electron/main/native-binding';

describe('the Electron build of better-sqlite3', () => {
  it('comes from out/native/electron in development', () => {
    expect(nativeBindingPath({ isPackaged: false, appPath: '/src/verbatim', resourcesPath: '/x' })).toBe(
      join('/src/verbatim', 'out', 'native', 'electron', 'better_sqlite3.node'),
    );
  });

  it('comes from resources/native, outside the asar, when packaged', () => {
    expect(nativeBindingPath({ isPackaged: true, appPath: '/opt/Verbatim/resources/app.asar', resourcesPath: '/opt/Verbatim/resources' })).toBe(
      join('/opt/Verbatim/resources', 'native', 'better_sqlite3.node'),
    );
  });

  it('explains how to build it when it is missing', () => {
    expect(missingBindingMessage('/p', false, () => false)).toMatch(/electron-native\.mjs/);
    expect(missingBindingMessage('/p', true, () => false)).toMatch(/Reinstall/);
    expect(missingBindingMessage('/p', false, () => true)).toBeNull();
  });
});
