// Builds the renderer into dist/renderer, loaded by the desktop app (app:// protocol) and
// served by the loopback web host. Relative asset paths work under both.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // A module preload polyfill would be an inline script, which the CSP forbids.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Two chunks: the entry (client and store) and the React tree (render-app.tsx), so the
    // first question to the host goes out before most of the code has run (issue 14).
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; they are harmless and only noise here.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
