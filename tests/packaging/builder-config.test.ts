import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuilderConfig, ROOT } from './builder-config';

const config = readBuilderConfig();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; productName?: string };

describe('electron-builder.yml', () => {
  it('flips the security fuses (checked as data: a stand-in Electron has no fuse sentinel)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names the app and keeps build outputs out of build/', () => {
    expect(config.productName).toBe('Verbatim');
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('packages the built app in an asar, with the Electron addon beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'out/electron/**/*', 'out/renderer/**/*', '!node_modules/better-sqlite3/build/**']));
    expect(config.extraResources).toContainEqual({ from: 'out/native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' });
    expect(pkg.main.startsWith('out/electron/')).toBe(true);
  });

  it('never rebuilds node_modules in place (that would break the Node build of tests and CLI)', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('targets AppImage and deb, nsis, and dmg with the hardened runtime', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop?.entry?.Categories).toBe('Education;Science;');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(existsSync(join(ROOT, config.mac.entitlements))).toBe(true);
    expect(readFileSync(join(ROOT, config.mac.entitlements), 'utf8')).not.toMatch(/network\.(client|server)/);
  });

  it('has its icons in build/', () => {
    for (const icon of ['build/icon.png', 'build/icons/512x512.png', 'build/icons/256x256.png']) {
      const png = readFileSync(join(ROOT, icon));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const size = Number(icon.match(/(\d+)x\1/)?.[1] ?? 512);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
