#!/usr/bin/env node
// The CLI's entry in a checkout: runs the bundle that `npm install` builds (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/node/cli.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('verbatim: the CLI is not built yet. Run `npm install` (or `npm run prepare`) in the Verbatim folder.\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
