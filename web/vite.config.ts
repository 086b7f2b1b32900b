import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A shifted emulator stack (KOERS_EMULATOR_PORT_OFFSET) gets its own ports and output folder
// however the build is started, not only through the test runner. (The stack settings are
// plain JS shared with the scripts, hence the untyped import by URL.)
if (process.env.KOERS_EMULATOR_PORT_OFFSET) {
  const settings = new URL('../scripts/lib/emulator-config.mjs', import.meta.url).href;
  const { stackEnv } = (await import(settings)) as { stackEnv: () => Record<string, string> };
  for (const [name, value] of Object.entries(stackEnv())) process.env[name] ??= value;
}

// `npm run dev` serves on 5173 unless the stack runner shifts it (KOERS_WEB_PORT);
// strictPort so a busy port fails loudly instead of silently moving.
const port = Number(process.env.KOERS_WEB_PORT ?? 5173);

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: {
    // A shifted emulator stack builds into its own folder (see scripts/lib/emulator-config.mjs).
    outDir: process.env.KOERS_WEB_OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: true,
    // Firebase alone is ~600 kB minified (Firestore's query engine ships whole); vendor groups
    // change rarely, so they stay cached across deploys of the app code. Mantine components
    // are left out of the groups: each goes with the pages that use it, so a component only
    // the import wizard needs is not part of the first load.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'firebase', test: /node_modules[\\/](@firebase|firebase|re2js|idb)[\\/]/ },
            { name: 'ui', test: /node_modules[\\/](@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|react-transition-group|use-callback-ref|use-sidecar|react-number-format|react-textarea-autosize|clsx|tslib)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
          ],
        },
      },
    },
  },
});
