// The candidate app's first-load budget: every JavaScript chunk a signed-in candidate's phone
// downloads to show /mijn (the route page), gzipped, must stay within 200 kB, and none may
// hold staff-only code.
//
// It builds nothing: it reads a finished build (source maps on, as web/vite.config.ts sets).
//   cd web && npx vite build && npx vite build --config mijn/vite.config.ts   # or both with --mode emulator
//   npx tsx bench/candidate-bundle.ts   # reads web/dist; --dist web/dist-400 for a shifted stack
// Exit code 1 when over budget or when staff code is found.
//
// How the first load is found: the entry script of mijn/index.html, its static imports, the
// chunks its dynamic import of the app preloads (__vite__mapDeps), and from the app chunk the
// dynamic import of the route page with its preloads; every chunk's static imports, and
// (conservatively) whatever the route page chunk imports dynamically, as it renders at once.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budgetBytes = 200_000;
/** The page chunk of /mijn (features/route/route-page.tsx). */
const routePagePrefix = 'route-page-';

/**
 * Sources that belong to the staff app: its features and app shell, its Mantine UI and router,
 * and the full Firestore SDK (the candidate app uses Firestore Lite only).
 */
export const staffSourceRules: { label: string; test: (source: string) => boolean }[] = [
  { label: 'staff features (web/src/features)', test: (source) => /(^|\/)web\/src\/features\/|^(\.\.\/)+src\/features\//.test(source) },
  { label: 'staff app (web/src/app)', test: (source) => /(^|\/)web\/src\/app\/|^(\.\.\/)+src\/app\//.test(source) },
  { label: 'staff components (web/src/components)', test: (source) => /(^|\/)web\/src\/components\/|^(\.\.\/)+src\/components\//.test(source) },
  { label: 'Mantine', test: (source) => source.includes('node_modules/@mantine/') },
  { label: 'react-router', test: (source) => /node_modules\/react-router(-dom)?\//.test(source) },
  { label: 'Tabler icons', test: (source) => source.includes('node_modules/@tabler/') },
  {
    label: 'full Firestore SDK',
    test: (source) => /node_modules\/@firebase\/firestore\//.test(source) && !source.includes('/dist/lite/'),
  },
];

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  staff: string[];
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Static imports of a built chunk: import{…}from"./x.js", import"./x.js", export … from"./x.js". */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${},\s]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)) {
    found.add(match[1]!);
  }
  return [...found];
}

/** The chunk's own __vite__mapDeps table (assets/… paths), if it has dynamic imports with preloads. */
function mapDepsTable(code: string): string[] {
  const table = /__vite__mapDeps=\([^)]*m\.f=\[([^\]]*)\]/.exec(code);
  if (!table) return [];
  return [...table[1]!.matchAll(/["'`]assets\/([^"'`]+)["'`]/g)].map((match) => match[1]!);
}

/** Dynamic imports of a chunk with what each preloads: import(`./x.js`)…,__vite__mapDeps([1,2]). */
function dynamicImports(code: string): { file: string; preloads: string[] }[] {
  const table = mapDepsTable(code);
  const result: { file: string; preloads: string[] }[] = [];
  for (const match of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)(?:[^]{0,200}?__vite__mapDeps\(\[([\d,\s]*)\]\))?/g)) {
    const indices = (match[2] ?? '').split(',').filter((item) => item.trim() !== '').map(Number);
    result.push({ file: match[1]!, preloads: indices.map((index) => table[index]!).filter(Boolean) });
  }
  return result;
}

function staffSourcesOf(assets: string, file: string): string[] {
  const mapFile = join(assets, `${file}.map`);
  // The bundler's own runtime helpers have no sources, hence no map.
  if (!existsSync(mapFile)) return /^(rolldown-runtime|preload-helper)-/.test(file) ? [] : [`no source map (${file}.map): cannot check`];
  const { sources } = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  const hits = new Set<string>();
  for (const source of sources) {
    for (const rule of staffSourceRules) if (rule.test(source.replaceAll('\\', '/'))) hits.add(`${rule.label}: ${source}`);
  }
  return [...hits];
}

/** Every JS chunk of the first load of /mijn, in the order found. */
export function firstLoadChunks(dist: string): Chunk[] {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'mijn', 'index.html'), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`No module entry script in ${join(dist, 'mijn', 'index.html')}`);

  const files: string[] = [];
  const queue: string[] = [entry];
  // Modulepreload links of the page count too (the browser fetches them at once).
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g)) queue.push(match[1]!);
  const add = (file: string) => {
    if (file.endsWith('.js') && !files.includes(file) && !queue.includes(file)) queue.push(file);
  };

  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const imported of staticImports(code)) add(imported);
    for (const dynamic of dynamicImports(code)) {
      // The entry's dynamic imports (the app), the app's import of the route page, and what
      // the route page itself loads on demand while it renders.
      const followed = file === entry || dynamic.file.startsWith(routePagePrefix) || file.startsWith(routePagePrefix);
      if (!followed) continue;
      add(dynamic.file);
      for (const preload of dynamic.preloads) add(preload);
    }
  }
  if (!files.some((file) => file.startsWith(routePagePrefix))) {
    throw new Error(`The route page chunk (${routePagePrefix}*.js) was not found from ${entry}: has app.tsx changed?`);
  }

  return files.map((file) => {
    const code = readFileSync(join(assets, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, staff: staffSourcesOf(assets, file) };
  });
}

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function main(): void {
  const dist = resolve(argument('--dist') ?? join(import.meta.dirname, '..', 'web', 'dist'));
  if (!existsSync(join(dist, 'mijn', 'index.html'))) {
    console.error(`No build at ${dist}: run \`cd web && npx vite build && npx vite build --config mijn/vite.config.ts\` first (or pass --dist <dir>).`);
    process.exit(2);
  }
  const chunks = firstLoadChunks(dist);
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const raw = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);

  console.log(`First load of /mijn (signed-in candidate, route page) from ${dist}\n`);
  console.log('| chunk | minified kB | gzip -9 kB |');
  console.log('|---|---:|---:|');
  for (const chunk of [...chunks].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    console.log(`| ${chunk.file.replace(/-[\w-]{8}\.js$/, '.js')} | ${kB(chunk.bytes)} | ${kB(chunk.gzipBytes)} |`);
  }
  console.log(`| **total (${chunks.length} chunks)** | **${kB(raw)}** | **${kB(total)}** |`);
  console.log(`\nBudget: ${kB(budgetBytes)} kB gzipped; used ${((total / budgetBytes) * 100).toFixed(1)}%, ${kB(budgetBytes - total)} kB left.`);

  const staff = chunks.filter((chunk) => chunk.staff.length > 0);
  for (const chunk of staff) {
    console.error(`\nStaff-only code in ${chunk.file}:`);
    for (const hit of chunk.staff.slice(0, 20)) console.error(`  ${hit}`);
  }
  if (staff.length === 0) console.log('Staff-only code: none (checked by source maps).');
  if (total > budgetBytes) console.error(`\nOver budget by ${kB(total - budgetBytes)} kB.`);
  if (total > budgetBytes || staff.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
