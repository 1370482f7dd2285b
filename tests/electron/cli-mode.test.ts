import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cliArgsOf, projectArgOf, runCliMode, userArgs } from '../../electron/main/cli-mode';
import { electronFake, FakeBrowserWindow, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);
const runCli = vi.hoisted(() => vi.fn(async (_args: string[], _io: unknown) => 0));
vi.mock('../../electron/cli/run', () => ({ runCli }));

const { startMain } = await import('../../electron/main/start');

describe('recognising a command line', () => {
  it.each([
    [['info', 'study.verbatim'], ['info', 'study.verbatim']],
    [['export', '--format', 'csv', 'a.verbatim'], ['export', '--format', 'csv', 'a.verbatim']],
    [['--json', 'search', 'x.verbatim', 'école'], ['--json', 'search', 'x.verbatim', 'école']],
    [['--cli', '--help'], ['--help']],
    [['--cli'], []],
  ])('%j runs the CLI with %j', (args, expected) => {
    expect(cliArgsOf(args)).toEqual(expected);
  });

  it.each([[[]], [['study.verbatim']], [['--no-sandbox']], [['inform']], [['/home/ana/create']]])('%j starts the window', (args) => {
    expect(cliArgsOf(args)).toBeNull();
  });

  it('finds the user’s arguments after the binary, or after `electron .`', () => {
    expect(userArgs(['/opt/Verbatim/verbatim', 'info', 'x'], true)).toEqual(['info', 'x']);
    expect(userArgs(['/usr/bin/electron', '.', 'info', 'x'], false)).toEqual(['info', 'x']);
  });

  it('finds a study given as argument', () => {
    expect(projectArgOf(['--no-sandbox', '/e/École.VERBATIM'])).toBe('/e/École.VERBATIM');
    expect(projectArgOf(['--foo=a.verbatim'])).toBeNull();
  });
});

describe('runCliMode', () => {
  const streams = () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    return { stdout, stderr, out: () => out, err: () => err };
  };

  it('runs the command with the app’s data folder and addon, writes its output, exits with its code', async () => {
    const io = streams();
    const exit = vi.fn();
    const run = vi.fn(async (_args: string[], cli: { stdout: (s: string) => void; stderr: (s: string) => void }) => {
      cli.stdout('{"documents":3}\n');
      cli.stderr('warning\n');
      return 3;
    });
    await runCliMode(['info', 'x.verbatim'], { run, dataDir: '/data', nativeBinding: '/n.node', stdout: io.stdout, stderr: io.stderr, exit });
    expect(run).toHaveBeenCalledWith(['info', 'x.verbatim'], expect.objectContaining({ dataDir: '/data', nativeBinding: '/n.node' }));
    expect(io.out()).toBe('{"documents":3}\n');
    expect(io.err()).toBe('warning\n');
    expect(exit).toHaveBeenCalledWith(3);
  });

  it('exits 1 with a message when the command crashes', async () => {
    const io = streams();
    const exit = vi.fn();
    await runCliMode(['info'], { run: async () => Promise.reject(new Error('boom')), dataDir: '/d', nativeBinding: '/n', stdout: io.stdout, stderr: io.stderr, exit });
    expect(io.err()).toContain('boom');
    expect(exit).toHaveBeenCalledWith(1);
  });
});

describe('the packaged app started with a command', () => {
  let resources: string;
  const savedResources = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
  const savedDataDir = process.env.VERBATIM_DATA_DIR;

  beforeEach(() => {
    resetElectronFake();
    runCli.mockClear();
    electronFake.app.isPackaged = true;
    resources = mkdtempSync(join(tmpdir(), 'verbatim-resources-'));
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    delete process.env.VERBATIM_DATA_DIR;
  });
  afterEach(() => {
    rmSync(resources, { recursive: true, force: true });
    if (savedResources) Object.defineProperty(process, 'resourcesPath', savedResources);
    else delete (process as { resourcesPath?: string }).resourcesPath;
    if (savedDataDir !== undefined) process.env.VERBATIM_DATA_DIR = savedDataDir;
  });

  const withAddon = () => {
    mkdirSync(join(resources, 'native'));
    writeFileSync(join(resources, 'native', 'better_sqlite3.node'), '');
  };

  it('runs runCli headless and exits with its code', async () => {
    withAddon();
    runCli.mockResolvedValueOnce(4);
    startMain(['/opt/Verbatim/verbatim', 'search', 'x.verbatim', 'école']);
    await vi.waitFor(() => expect(electronFake.app.exit).toHaveBeenCalledWith(4));
    expect(runCli).toHaveBeenCalledWith(
      ['search', 'x.verbatim', 'école'],
      expect.objectContaining({ dataDir: '/fake/userData', nativeBinding: join(resources, 'native', 'better_sqlite3.node') }),
    );
    expect(electronFake.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(electronFake.app.disableHardwareAcceleration).toHaveBeenCalled();
  });

  it('honours VERBATIM_DATA_DIR like the Node CLI', async () => {
    withAddon();
    process.env.VERBATIM_DATA_DIR = '/portable/data';
    startMain(['/opt/Verbatim/verbatim', '--cli', 'info', 'x.verbatim']);
    await vi.waitFor(() => expect(electronFake.app.exit).toHaveBeenCalledWith(0));
    expect(runCli).toHaveBeenCalledWith(['info', 'x.verbatim'], expect.objectContaining({ dataDir: '/portable/data' }));
  });

  it('exits 1 with a clear message when the addon is missing', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      startMain(['/opt/Verbatim/verbatim', 'info', 'x.verbatim']);
      expect(electronFake.app.exit).toHaveBeenCalledWith(1);
      expect(String(write.mock.calls[0]?.[0])).toMatch(/better_sqlite3\.node is missing/);
      expect(runCli).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
  });

  it('registers the app:// scheme before ready in every mode', () => {
    withAddon();
    startMain(['/opt/Verbatim/verbatim', 'info']);
    expect(electronFake.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
  });
});
