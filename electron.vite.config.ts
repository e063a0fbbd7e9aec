import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { sqlText } from './scripts/vite-sql-text.ts';

// main/ and preload build for Node/Electron; renderer/ is a plain browser bundle served on app://gongwen/.
export default defineConfig({
  main: {
    plugins: [sqlText()],
    build: {
      outDir: 'out/main',
      // worker.js: the worker-thread entry for parsing, export bytes and library reading (main/work/); the
      // pool finds it beside the bundle (out/main/worker.js). Code both entries share goes to out/main/chunks/.
      rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts'), worker: resolve(__dirname, 'main/work/worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron': bundle its dependencies (zod) into it.
      externalizeDeps: { exclude: ['zod'] },
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'main/preload.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
