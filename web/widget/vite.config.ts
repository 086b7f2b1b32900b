import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The website widget: one self-contained script (IIFE, no chunks, no React), built beside the
// app into <outDir>/widget/v1.js so Hosting serves it. Runs after the app's build, which
// empties the folder: `vite build && vite build --config widget/vite.config.ts`.
const webRoot = resolve(import.meta.dirname, '..');

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  build: {
    outDir: resolve(webRoot, process.env.KOERS_WEB_OUT_DIR ?? 'dist', 'widget'),
    emptyOutDir: false,
    target: 'es2019',
    sourcemap: true,
    minify: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/main.ts'),
      formats: ['iife'],
      name: 'KoersWidget',
      fileName: () => 'v1.js',
    },
  },
});
