import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * The candidate app (Mijn Koers) is its own entry, mijn/index.html, so a candidate's phone
 * never loads staff code. The dev server serves it for every /mijn route, as the hosting
 * rewrites do (firebase.json).
 */
function candidateEntryFallback(): Plugin {
  return {
    name: 'koers-candidate-entry',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (/^\/mijn(\/[^.]*)?$/.test(path)) request.url = '/mijn/index.html';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), candidateEntryFallback()],
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
    // The groups are cut so that the candidate entry (Firestore Lite, no router or Mantine of
    // the staff app) loads none of the staff app's vendor code. A group also takes in the
    // dependencies of what it captures, so React's group goes first (highest priority).
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      input: { main: 'index.html', mijn: 'mijn/index.html' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'firestore-lite', test: /node_modules[\\/](@firebase[\\/]firestore[\\/]dist[\\/]lite|firebase[\\/]firestore[\\/]lite)[\\/]/, priority: 2 },
            { name: 'firestore', test: /node_modules[\\/](@firebase[\\/](firestore|webchannel-wrapper)|firebase[\\/]firestore|re2js)[\\/]/, priority: 1 },
            { name: 'firebase-auth', test: /node_modules[\\/](@firebase[\\/]auth|firebase[\\/]auth)[\\/]/, priority: 1 },
            { name: 'firebase', test: /node_modules[\\/](@firebase|firebase|idb)[\\/]/ },
            { name: 'ui', test: /node_modules[\\/](@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|react-transition-group|use-callback-ref|use-sidecar|react-number-format|react-textarea-autosize|clsx|tslib)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/, priority: 1 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
