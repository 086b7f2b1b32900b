// Bundle size of the built web app: raw and gzip size of every JS and CSS asset. What a first
// visit actually downloads is measured in a browser by bench/reads-per-screen.ts.
// Run after `npx vite build` in web/:  npx tsx bench/bundle-size.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '..', 'web', process.env.KOERS_WEB_OUT_DIR ?? 'dist');
const assets = join(dist, 'assets');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const rows = readdirSync(assets)
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const content = readFileSync(join(assets, name));
    return { name, raw: statSync(join(assets, name)).size, gzip: gzipSync(content, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);


console.log('asset'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10));
for (const row of rows) console.log(row.name.padEnd(48), kb(row.raw).padStart(10), kb(row.gzip).padStart(10));
const sum = (list: typeof rows, key: 'raw' | 'gzip') => list.reduce((total, row) => total + row[key], 0);
console.log(`all assets: ${kb(sum(rows, 'raw'))} raw, ${kb(sum(rows, 'gzip'))} gzip`);
