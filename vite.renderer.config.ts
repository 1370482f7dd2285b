import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer bundle: one build, loaded by Electron (app://) and by browser mode alike. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
