import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// JSX through Vite's own transformer (oxc) with Preact's automatic runtime: no Babel preset needed.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // mermaid and chart.js are split off and loaded on first use; only their own chunks are this large.
    chunkSizeWarningLimit: 700,
    // The citizen's page (/tra-cuu) is its own small entry: a phone loads none of the console.
    rollupOptions: {
      input: {
        console: resolve(import.meta.dirname, 'index.html'),
        citizen: resolve(import.meta.dirname, 'tra-cuu.html'),
      },
    },
  },
  // `npx vite --config apps/web/vite.config.mts`: the console with hot reload against a running api.
  server: { proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
});
