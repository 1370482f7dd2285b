import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by CHROMIUM_PATH; null when neither is installed. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  );
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const MISSING_BROWSER =
  'End-to-end tests skipped: no Chromium found (install Debian’s `chromium` or set CHROMIUM_PATH).';
