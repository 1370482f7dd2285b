import { builtinModules } from 'node:module';
import { defineConfig, type UserConfig } from 'vite';

/**
 * Electron's main process and preload. Run twice by `npm run build`: the default mode builds main
 * (ESM, as package.json says "type": "module"), `--mode preload` builds the preload as CommonJS (a
 * sandboxed preload cannot load ES modules or require anything but 'electron').
 *
 * The core is bundled into main, never compiled by tsc: its migrations come from import.meta.glob.
 * Packages stay external: they are dependencies, shipped in the asar's node_modules, and
 * better-sqlite3 must load its addon from beside the asar (resources/native).
 */
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bare specifiers (packages, builtins, electron) stay imports; relative and absolute paths are bundled. */
export const isExternal = (id: string): boolean =>
  builtins.has(id) || id === 'electron' || (!id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:[\\/]/.test(id));

const main: UserConfig = {
  build: {
    ssr: true,
    outDir: 'out/electron',
    emptyOutDir: true,
    sourcemap: true,
    target: 'node22',
    // Development builds stay readable; the packaged app ships the same file.
    minify: false,
    rollupOptions: {
      // The search worker is a file of its own: worker_threads load it by path, beside main.js.
      input: { main: 'electron/main/main.ts', 'search-worker': 'electron/core/search/worker.ts' },
      external: isExternal,
      // Chunks beside main.js: the search worker is found relative to the code that starts it.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};

const preload: UserConfig = {
  build: {
    ssr: true,
    outDir: 'out/electron',
    // Built after main, into the same folder.
    emptyOutDir: false,
    sourcemap: false,
    target: 'chrome140',
    minify: false,
    rollupOptions: {
      input: { preload: 'electron/preload/preload.ts' },
      external: ['electron'],
      // One file: a sandboxed preload cannot load chunks.
      output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'preload' ? preload : main));
