/**
 * Where the renderer lives: a privileged custom scheme rather than file://, so that the page has a
 * real origin (CSP 'self', fetch, storage work) and file:// keeps none of its extra privileges.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'verbatim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the app's own pages. Compared by protocol and host: `URL.origin` is 'null' for custom schemes. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
