import type { Session } from 'electron';
import { APP_SCHEME } from './app-url';

/**
 * Schemes a page may load from. Everything else (http, https, ws, file, ftp…) is cancelled: the app
 * opens no network connection, ever (ARCHITECTURE.md §5). data: and blob: never leave the process.
 */
export function isAllowedRequest(rawUrl: string, { allowDevtools }: { allowDevtools: boolean }): boolean {
  let protocol: string;
  try {
    protocol = new URL(rawUrl).protocol;
  } catch {
    return false;
  }
  if (protocol === `${APP_SCHEME}:` || protocol === 'data:' || protocol === 'blob:') return true;
  return allowDevtools && (protocol === 'devtools:' || protocol === 'chrome-devtools:');
}

// An address that cannot answer: Chromium would otherwise fetch Hunspell dictionaries from Google.
const NO_DICTIONARIES = 'http://127.0.0.1:9/';

/** Locks down a session: no permissions, no foreign requests, no spellchecker downloads. */
export function hardenSession(ses: Session, { allowDevtools, log = console }: { allowDevtools: boolean; log?: Pick<Console, 'warn'> }): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARIES);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, { allowDevtools });
    if (!allowed) log.warn(`[verbatim] blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
