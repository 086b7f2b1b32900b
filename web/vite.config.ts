import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

/**
 * Catalogue modules of the candidate app (src/candidate/lib/i18n.ts): `x.json?all` is the whole
 * catalogue as a module of its own (loaded on demand); `x.json?first-load` has one named export
 * per top-level key (`route`) and per second-level key (`route$journey`), so the bundler keeps
 * only the parts the first load imports.
 */
function catalogueModules(): Plugin {
  return {
    name: 'koers-catalogue-modules',
    enforce: 'pre',
    load(id) {
      const match = /^(.+\.json)\?(all|first-load)$/.exec(id);
      if (!match) return null;
      const [, file, kind] = match as unknown as [string, string, string];
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const code =
        kind === 'all'
          ? `export default ${JSON.stringify(data)};`
          : Object.entries(data)
              .flatMap(([key, value]) => [
                [key, value] as const,
                ...(value && typeof value === 'object' ? Object.entries(value).map(([sub, part]) => [`${key}$${sub}`, part] as const) : []),
              ])
              .filter(([name]) => /^[A-Za-z_$][\w$]*$/.test(name))
              .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
              .join('\n');
      return { code, moduleType: 'js' };
    },
  };
}

/**
 * zod wires JSON Schema generation (toJSONSchema, `~standard`.jsonSchema) into every schema class,
 * so the bundler keeps it although the web app never generates JSON Schema (the API's schemas are
 * made by the functions). In the web build, zod's to-json-schema module becomes stubs with the
 * same exports: the method factories still work, calling a made method throws. ~3 kB gzipped less
 * on every page, which the candidate app's first-load budget needs (docs/benchmarks.md).
 */
function withoutZodJsonSchema(): Plugin {
  const target = /node_modules[\\/]zod[\\/]v4[\\/]core[\\/]to-json-schema\.js$/;
  return {
    name: 'koers-without-zod-json-schema',
    apply: 'build',
    load(id) {
      if (!target.test(id)) return null;
      const source = readFileSync(id, 'utf8');
      const names = new Set([...source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/g)].map((match) => match[1]!));
      for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const part of list[1]!.split(',')) names.add(part.trim().split(/\s+as\s+/).pop()!);
      }
      names.delete('');
      const fail = "() => { throw new Error('JSON Schema generation is left out of the web build (web/vite.config.ts)'); }";
      const code = [...names]
        .map((name) => (name.startsWith('create') ? `export const ${name} = () => ${fail};` : `export const ${name} = ${fail};`))
        .join('\n');
      return { code, moduleType: 'js' };
    },
  };
}

/**
 * The two apps are two builds into one folder: the staff app (index.html, which empties the
 * folder) and then Mijn Koers (mijn/index.html, mijn/vite.config.ts). Built apart, no chunk
 * is cut to serve both, so the candidate's phone downloads only what its app uses.
 */
export function appConfig(app: 'staff' | 'mijn') {
  return defineConfig({
  root: import.meta.dirname,
  plugins: [react(), candidateEntryFallback(), catalogueModules(), withoutZodJsonSchema()],
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: {
    // A shifted emulator stack builds into its own folder (see scripts/lib/emulator-config.mjs).
    outDir: resolve(import.meta.dirname, process.env.KOERS_WEB_OUT_DIR ?? 'dist'),
    emptyOutDir: app === 'staff',
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
      input: app === 'staff' ? { main: resolve(import.meta.dirname, 'index.html') } : { mijn: resolve(import.meta.dirname, 'mijn/index.html') },
      output: {
        codeSplitting: {
          groups: [
            { name: 'firestore-lite', test: /node_modules[\\/](@firebase[\\/]firestore[\\/]dist[\\/]lite|firebase[\\/]firestore[\\/]lite)[\\/]/, priority: 2 },
            { name: 'firestore', test: /node_modules[\\/](@firebase[\\/](firestore|webchannel-wrapper)|firebase[\\/]firestore|re2js)[\\/]/, priority: 1 },
            // Functions load on first use (a callable), so they stay out of the app's Firebase core.
            { name: 'firebase-functions', test: /node_modules[\\/](@firebase[\\/]functions|firebase[\\/]functions)[\\/]/, priority: 1 },
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
}

export default appConfig('staff');
