#!/usr/bin/env node
/**
 * Builds better-sqlite3's addon for Electron's ABI into out/native/electron/better_sqlite3.node,
 * which the app loads through better-sqlite3's `nativeBinding` option (electron/main/native-binding.ts).
 *
 * node_modules/better-sqlite3/build is never touched: it holds the build for the machine's Node, which
 * the tests, browser mode and the CLI use. Rebuilding in place (electron-rebuild, electron-builder's
 * npmRebuild) would break those, and a failed rebuild deletes that folder. So the package is copied to
 * a temporary folder and built there: a prebuilt binary first (prebuild-install), else from source
 * against Electron's headers (node-gyp). Needs internet access to github.com / electronjs.org.
 *
 * Usage: node scripts/electron-native.mjs [--force] [--electron-version <v>] [--out <dir>]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const ADDON = 'better_sqlite3.node';

const { values: options } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    'electron-version': { type: 'string' },
    out: { type: 'string' },
  },
});

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version;
const electronVersion = options['electron-version'] ?? readJson(join(electronDir, 'package.json')).version;
// Electron's own NODE_MODULE_VERSION; only known for the installed Electron.
const abiFile = join(electronDir, 'abi_version');
const abi = !options['electron-version'] && existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null;

const outDir = resolve(root, options.out ?? join('out', 'native', 'electron'));
const outFile = join(outDir, ADDON);
const stampFile = join(outDir, 'build-info.json');
const logFile = join(outDir, 'build.log');
const wanted = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };

const say = (line) => process.stdout.write(`electron-native: ${line}\n`);

function isUpToDate() {
  if (options.force || !existsSync(outFile) || !existsSync(stampFile)) return false;
  let stamp;
  try {
    stamp = readJson(stampFile);
  } catch {
    return false;
  }
  if (Object.entries(wanted).some(([k, v]) => stamp[k] !== v)) return false;
  const built = statSync(outFile).mtimeMs;
  const inputs = [join(sqliteDir, 'package.json'), join(electronDir, 'package.json'), fileURLToPath(import.meta.url)];
  return inputs.every((p) => statSync(p).mtimeMs <= built);
}

/**
 * The build must see Electron's target only: this machine's npm config may set `nodedir` to the system
 * Node's headers, which would silently produce an addon for Node's ABI (TOOLCHAIN.md gotcha 2).
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

const log = [];
function run(label, args, cwd) {
  say(`${label}…`);
  const result = spawnSync(process.execPath, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 15 * 60_000 });
  log.push(`$ ${label}: node ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}\n`);
  if (result.status === 0) return null;
  return summarize(`${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`, result.status);
}

/** One line saying why a step failed: the network first (the usual cause), else the first error. */
function summarize(output, status) {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const url = lines.map((l) => /GET (https?:\/\/\S+)/.exec(l)?.[1]).filter(Boolean).at(-1);
  if (lines.some((l) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network connectivity/.test(l))) {
    return `network unreachable${url ? ` (${url})` : ''}`;
  }
  const error = [/stack Error: (.*)/, /ERR!(.*)/, /(Error: .*)/, /((?:err|fail|cannot|could not|not found|404).*)/i]
    .map((re) => lines.map((l) => re.exec(l)?.[1]?.trim()).find(Boolean))
    .find(Boolean);
  return error ?? lines.at(-1) ?? `exit code ${status}`;
}

/** An addon built against the wrong headers still loads nowhere: check the ABI it registers for. */
function wrongAbi(file) {
  if (!abi) return null;
  const bytes = readFileSync(file).toString('latin1');
  if (bytes.includes(`node_register_module_v${abi}\0`)) return null;
  const found = /node_register_module_v(\d+)/.exec(bytes)?.[1];
  return `the addon was built for ABI ${found ?? 'unknown'}, not Electron's ${abi}`;
}

class BuildFailure extends Error {
  constructor(reasons) {
    super('build failed');
    this.reasons = reasons;
  }
}

function report(reasons) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(logFile, log.join('\n'));
  const retry = `node ${relative(process.cwd(), fileURLToPath(import.meta.url)) || 'scripts/electron-native.mjs'} --force`;
  process.stderr.write(
    [
      '',
      `electron-native: could not build better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}${abi ? ` (ABI ${abi})` : ''}.`,
      ...reasons.map(([step, why]) => `  - ${step}: ${why}`),
      '',
      '  Nothing in node_modules was changed: `npm test`, `npm run serve` and the CLI (`npx verbatim`)',
      '  keep working. Only `npm start` and `npm run dist` need this Electron build.',
      '',
      '  To retry: with access to github.com (prebuilt binaries) or electronjs.org (headers, then a C++',
      `  toolchain and Python for node-gyp), on Node >= 22.12, run: ${retry}`,
      `  Full log: ${logFile}`,
      '',
    ].join('\n'),
  );
}

if (isUpToDate()) {
  say(`${relative(root, outFile)} is up to date (Electron ${electronVersion}).`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'verbatim-electron-native-'));
const reasons = [];
try {
  const pkg = join(work, 'better-sqlite3');
  // Sources only: the copy starts without the Node build, so a leftover can never be mistaken for ours.
  cpSync(sqliteDir, pkg, { recursive: true, filter: (src) => relative(sqliteDir, src).split(/[\\/]/)[0] !== 'build' });
  const built = join(pkg, 'build', 'Release', ADDON);

  const prebuild = run(
    `prebuild-install for Electron ${electronVersion}`,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform, '--verbose'],
    pkg,
  );
  if (prebuild) reasons.push(['prebuilt binary (prebuild-install)', prebuild]);

  if (prebuild || !existsSync(built)) {
    rmSync(join(pkg, 'build'), { recursive: true, force: true });
    const gyp = run(
      `node-gyp rebuild against Electron ${electronVersion} headers`,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      pkg,
    );
    if (gyp) reasons.push(['build from source (node-gyp)', gyp]);
  }

  if (!existsSync(built)) {
    if (reasons.length === 0) reasons.push(['build', `no ${ADDON} was produced`]);
    throw new BuildFailure(reasons);
  }
  const abiProblem = wrongAbi(built);
  if (abiProblem) throw new BuildFailure([...reasons, ['ABI check', abiProblem]]);

  mkdirSync(outDir, { recursive: true });
  copyFileSync(built, outFile);
  writeFileSync(stampFile, `${JSON.stringify({ ...wanted, abi, builtAt: new Date().toISOString() }, null, 2)}\n`);
  writeFileSync(logFile, log.join('\n'));
  say(`built ${relative(root, outFile)} for Electron ${electronVersion}.`);
} catch (e) {
  report(e instanceof BuildFailure ? e.reasons : [...reasons, ['unexpected error', e instanceof Error ? e.message : String(e)]]);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
