#!/usr/bin/env node
/**
 * Renders build/icon.svg to the PNGs electron-builder packages (build/icon.png for every platform,
 * build/icons/NxN.png for Linux) with headless Chromium. Run by hand after editing the SVG:
 *   node build/make-icon.mjs        (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'verbatim-icon-'));
mkdirSync(join(here, 'icons'), { recursive: true });

try {
  for (const size of [512, 256]) {
    const page = join(work, `icon-${size}.html`);
    const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    writeFileSync(page, `<!doctype html><style>html,body{margin:0;background:transparent;overflow:hidden}svg{display:block}</style>${sized}`);
    const png = join(work, `${size}.png`);
    execFileSync(chromium, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      '--default-background-color=00000000',
      `--window-size=${size},${size}`,
      `--screenshot=${png}`,
      pathToFileURL(page).href,
    ], { stdio: 'ignore' });
    copyFileSync(png, join(here, 'icons', `${size}x${size}.png`));
    if (size === 512) copyFileSync(png, join(here, 'icon.png'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
