import { defineConfig } from 'vite';

/**
 * Plain-Node entry points (CLI and browser-mode server), bundled so that migrations are imported as
 * text and `npx verbatim` runs right after `npm install` (this build is the `prepare` script).
 * Dependencies stay in node_modules (SSR externalises them).
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    sourcemap: true,
    target: 'node20',
    rollupOptions: {
      // The search worker is a file of its own: worker_threads load it by path, beside the entries.
      input: { cli: 'electron/cli/main.ts', serve: 'electron/serve/main.ts', 'search-worker': 'electron/core/search/worker.ts' },
      // Chunks beside the entries: the search worker is found relative to the code that starts it.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
