import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuilderConfig, ROOT } from './builder-config';

/**
 * `electron-builder --dir` for Linux on this machine, against a stand-in Electron (TOOLCHAIN.md gotcha
 * 3: the real zip cannot be downloaded here). Everything happens in a temporary copy of the project
 * layout, so the shared out/ folder that other tests read is never rebuilt underneath them.
 */
const asar = createRequire(join(ROOT, 'package.json'))('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractFile(archive: string, file: string): Buffer;
};

const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const builder = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');

let work: string;
let unpacked: string;
let entries: Set<string>;

const node = (args: string[], cwd: string) => {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, CI: '1' } });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'verbatim-package-'));
  const proj = join(work, 'proj');
  const out = join(proj, 'out');
  mkdirSync(proj);

  // The app's own build: main (ESM) and preload (CJS), with the project's vite config.
  node([vite, 'build', '--config', 'vite.electron.config.ts', '--outDir', join(out, 'electron'), '--emptyOutDir', '--logLevel', 'warn'], ROOT);
  node([vite, 'build', '--config', 'vite.electron.config.ts', '--mode', 'preload', '--outDir', join(out, 'electron'), '--logLevel', 'warn'], ROOT);
  // The renderer is built by its own config when it has an entry; else a stand-in page (its build is
  // tested elsewhere: this test is about packaging).
  if (existsSync(join(ROOT, 'renderer', 'index.html'))) {
    node([vite, 'build', '--config', 'vite.renderer.config.ts', '--outDir', join(out, 'renderer'), '--emptyOutDir', '--logLevel', 'warn'], ROOT);
  } else {
    mkdirSync(join(out, 'renderer'));
    writeFileSync(join(out, 'renderer', 'index.html'), '<!doctype html><title>Verbatim</title>');
  }
  // The Electron addon cannot be built offline: a stand-in file when the real one is absent.
  mkdirSync(join(out, 'native', 'electron'), { recursive: true });
  const addon = join(ROOT, 'out', 'native', 'electron', 'better_sqlite3.node');
  const packedAddon = join(out, 'native', 'electron', 'better_sqlite3.node');
  if (existsSync(addon)) copyFileSync(addon, packedAddon);
  else writeFileSync(packedAddon, 'stand-in addon');

  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(proj, file));
  cpSync(join(ROOT, 'build'), join(proj, 'build'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(proj, 'node_modules'), 'dir');
  // The real configuration, minus the fuses: flipping them needs the sentinel of a real Electron
  // binary. They are checked as data in builder-config.test.ts.
  const { electronFuses: _fuses, ...config } = readBuilderConfig();
  writeFileSync(join(proj, 'electron-builder.yml'), JSON.stringify(config, null, 2));

  // On Linux a stand-in Electron needs only its executable: electron-builder copies the folder and
  // renames `electron` to the product's executable name.
  const electronDist = join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n');
  chmodSync(join(electronDist, 'electron'), 0o755);

  const dist = join(work, 'dist');
  node(
    [builder, '--dir', '--linux', `--${process.arch}`, '--publish', 'never', `-c.electronDist=${electronDist}`, '-c.npmRebuild=false', `-c.directories.output=${dist}`],
    proj,
  );
  unpacked = join(dist, process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
  entries = new Set(asar.listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((e) => e.replaceAll('\\', '/')));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --dir', () => {
  it('packages the app into resources/app.asar', () => {
    expect(existsSync(join(unpacked, 'resources', 'app.asar'))).toBe(true);
    expect(existsSync(join(unpacked, 'verbatim'))).toBe(true);
    for (const file of ['/package.json', '/out/electron/main.js', '/out/electron/preload.cjs', '/out/renderer/index.html']) expect(entries).toContain(file);
  });

  it('ships the Electron addon outside the asar, where main looks for it', () => {
    expect(existsSync(join(unpacked, 'resources', 'native', 'better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(unpacked, 'resources', 'icon.png'))).toBe(true);
  });

  it('ships production dependencies only, without better-sqlite3’s Node build or sources', () => {
    for (const dep of ['better-sqlite3', 'zod', 'lunr', 'mammoth', 'fflate']) expect(entries).toContain(`/node_modules/${dep}/package.json`);
    expect([...entries].some((e) => e.startsWith('/node_modules/better-sqlite3/build'))).toBe(false);
    expect([...entries].some((e) => e.startsWith('/node_modules/better-sqlite3/deps'))).toBe(false);
    for (const dev of ['electron', 'vite', 'vitest', 'react', 'electron-builder', 'typescript']) expect(entries).not.toContain(`/node_modules/${dev}`);
    expect([...entries].some((e) => e.endsWith('.map'))).toBe(false);
  });

  it('starts from out/electron/main.js, an ES module with the core bundled in', () => {
    const pkg = JSON.parse(asar.extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')) as { main: string; type: string };
    expect(pkg).toMatchObject({ main: 'out/electron/main.js', type: 'module' });
    const main = asar.extractFile(join(unpacked, 'resources', 'app.asar'), 'out/electron/main.js').toString('utf8');
    expect(main).toMatch(/from "electron"/);
    // Migrations are bundled as text, not read from disk.
    expect(main).toContain('CREATE TABLE');
    expect(main).not.toContain('import.meta.glob');
  });

  it('has a CommonJS preload that requires nothing but electron', () => {
    const preload = asar.extractFile(join(unpacked, 'resources', 'app.asar'), 'out/electron/preload.cjs').toString('utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld("bridge"');
  });
});
