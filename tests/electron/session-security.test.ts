import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSession } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { hardenSession, isAllowedRequest } = await import('../../electron/main/session-security');

type RequestListener = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;

let ses: ReturnType<typeof fakeSession>;
const log = { warn: vi.fn() };
beforeEach(() => {
  ses = fakeSession();
  log.warn.mockClear();
});

const requestOutcome = (url: string) => {
  const listener = ses.webRequest.onBeforeRequest.mock.calls[0]?.[0] as RequestListener;
  let cancel: boolean | undefined;
  listener({ url }, (r) => (cancel = r.cancel));
  return cancel;
};

describe('the hardened session', () => {
  it('denies every permission request and check', () => {
    hardenSession(ses as never, { allowDevtools: false, log });
    const callback = vi.fn();
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (...a: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) request({}, permission, callback, {});
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(callback).toHaveBeenCalledTimes(5);
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check(null, 'media', 'app://verbatim', {})).toBe(false);
    const device = ses.setDevicePermissionHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(device({})).toBe(false);
  });

  it('turns the spellchecker off and points its downloads nowhere', () => {
    hardenSession(ses as never, { allowDevtools: false, log });
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    const url = new URL(ses.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0] as string);
    expect(url.hostname).toBe('127.0.0.1');
  });

  it.each(['https://fonts.googleapis.com/css', 'http://127.0.0.1:3000/', 'ws://localhost/', 'file:///etc/passwd', 'ftp://x/'])(
    'cancels a request to %s',
    (url) => {
      hardenSession(ses as never, { allowDevtools: true, log });
      expect(requestOutcome(url)).toBe(true);
      expect(log.warn).toHaveBeenCalled();
    },
  );

  it('lets the app’s own requests through', () => {
    hardenSession(ses as never, { allowDevtools: false, log });
    expect(requestOutcome('app://verbatim/assets/index.js')).toBe(false);
    expect(requestOutcome('data:image/png;base64,AAAA')).toBe(false);
  });

  it('allows devtools: only in development', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { allowDevtools: true })).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { allowDevtools: false })).toBe(false);
    expect(isAllowedRequest('not a url', { allowDevtools: true })).toBe(false);
  });
});
