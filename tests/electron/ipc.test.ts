import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, type Session } from '../../electron/core/session';
import { electronFake, FakeWebContents, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { createEmitter, EVENT_CHANNEL, handleInvoke, INVOKE_CHANNEL, isTrustedSender, registerIpc } = await import('../../electron/main/ipc');

const topFrame = (url: string) => ({ parent: null, url });
const appFrame = topFrame('app://verbatim/index.html');

let dataDir: string;
let session: Session;
const shell = { handle: vi.fn(async () => ({ ok: true as const, value: { paths: ['/a.txt'] } })) };

beforeEach(() => {
  resetElectronFake();
  dataDir = mkdtempSync(join(tmpdir(), 'verbatim-ipc-'));
  session = createSession({ dataDir, log: { error: () => undefined, warn: () => undefined } });
});
afterEach(() => {
  session.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (frame: unknown, method: unknown, raw?: unknown) =>
  handleInvoke({ session, shell, checkOutput: true }, { senderFrame: frame as never }, method, raw);

describe('the call channel', () => {
  it.each([
    ['no frame', null],
    ['an iframe of the app', { parent: appFrame, url: 'app://verbatim/index.html' }],
    ['a remote page', topFrame('https://example.org/')],
    ['a file:// page', topFrame('file:///home/ana/evil.html')],
    ['another app:// host', topFrame('app://evil/index.html')],
    ['a destroyed frame', { get parent(): never { throw new Error('Render frame was disposed') }, url: '' }],
  ])('answers FORBIDDEN to %s, without calling the core', async (_label, frame) => {
    const dispatch = vi.spyOn(session, 'dispatch');
    const result = await call(frame, 'project:current', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(shell.handle).not.toHaveBeenCalled();
  });

  it('routes a call from the app’s page to session.dispatch, with output checks in development', async () => {
    const dispatch = vi.spyOn(session, 'dispatch');
    const result = await call(appFrame, 'settings:set', { theme: 'dark' });
    expect(dispatch).toHaveBeenCalledWith('settings:set', { theme: 'dark' }, { checkOutput: true });
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(await call(appFrame, 'project:current', {})).toEqual({ ok: true, value: null });
  });

  it('lets the core validate the params', async () => {
    const result = await call(appFrame, 'settings:set', { theme: 'pink' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call(appFrame, 'codes:list', {})).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
    expect(await call(appFrame, 'nope:nothing', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a method name that is not a string', async () => {
    expect(await call(appFrame, { toString: () => 'project:current' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers shell:* methods itself (native dialogs), never through the core', async () => {
    const dispatch = vi.spyOn(session, 'dispatch');
    const result = await call(appFrame, 'shell:pickImportFiles', {});
    expect(shell.handle).toHaveBeenCalledWith('shell:pickImportFiles', {});
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: true, value: { paths: ['/a.txt'] } });
  });

  it('tells main about answered calls', async () => {
    const afterCall = vi.fn();
    await handleInvoke({ session, shell, checkOutput: false, afterCall }, { senderFrame: appFrame as never }, 'settings:get', {});
    expect(afterCall).toHaveBeenCalledWith('settings:get', expect.objectContaining({ ok: true }));
  });

  it('registers exactly one handler, on verbatim:invoke, which checks the sender', async () => {
    const remove = registerIpc({ session, shell, checkOutput: false });
    expect(electronFake.ipcMain.handle).toHaveBeenCalledTimes(1);
    const [channel, listener] = electronFake.ipcMain.handle.mock.calls[0] as [string, (...a: unknown[]) => Promise<unknown>];
    expect(channel).toBe(INVOKE_CHANNEL);
    expect(await listener({ senderFrame: topFrame('https://evil.example/') }, 'project:current', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await listener({ senderFrame: appFrame }, 'project:current', {})).toEqual({ ok: true, value: null });
    remove();
    expect(electronFake.ipcMain.removeHandler).toHaveBeenCalledWith(INVOKE_CHANNEL);
  });

  it('trusts only the app’s top frame', () => {
    expect(isTrustedSender(appFrame as never)).toBe(true);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('the event channel', () => {
  it('sends (name, payload) to the window on verbatim:event', () => {
    const contents = new FakeWebContents();
    const emit = createEmitter(() => contents as never);
    emit('menu:command', { command: 'history:undo' });
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'menu:command', { command: 'history:undo' });
    expect(EVENT_CHANNEL).toBe('verbatim:event');
  });

  it('drops events when there is no window or it is gone', () => {
    const contents = new FakeWebContents();
    contents.isDestroyed.mockReturnValue(true);
    createEmitter(() => contents as never)('project:switched', { project: null });
    createEmitter(() => undefined)('project:switched', { project: null });
    expect(contents.send).not.toHaveBeenCalled();
  });
});
