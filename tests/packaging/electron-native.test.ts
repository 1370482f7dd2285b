import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './builder-config';

const script = join(ROOT, 'scripts', 'electron-native.mjs');
const require = createRequire(join(ROOT, 'package.json'));
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const nodeAddon = join(sqliteDir, 'build', 'Release', 'better_sqlite3.node');

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'verbatim-native-out-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [script, '--out', out, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('scripts/electron-native.mjs', () => {
  it('fails cleanly, says why and how to retry, and leaves the Node build alone', () => {
    const before = statSync(nodeAddon);
    // A version no one publishes fails fast, online or offline.
    const result = run('--force', '--electron-version', '0.0.0-bogus');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('could not build better-sqlite3');
    expect(result.stderr).toMatch(/prebuild-install/);
    expect(result.stderr).toMatch(/node-gyp/);
    expect(result.stderr).toContain('`npm test`, `npm run serve` and the CLI');
    expect(result.stderr).toContain('--force');
    const after = statSync(nodeAddon);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const check = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it('skips the build when the addon is newer than its inputs', () => {
    const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string };
    const sqlite = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')) as { version: string };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'better_sqlite3.node'), 'addon');
    writeFileSync(
      join(out, 'build-info.json'),
      JSON.stringify({ electron: electron.version, betterSqlite3: sqlite.version, platform: process.platform, arch: process.arch }),
    );
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('up to date');
  });
});
