// The candidate app's first-load budget, measured in the browser: a signed-in candidate opens
// /mijn on a phone; every JavaScript file the page downloads until the route page has shown
// (and the network is quiet) is gzipped here (level 9) and summed, and none may hold staff-only
// code (checked by its source map). The same budget as bench/candidate-bundle.ts, which reads it
// from the build instead.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { budgetBytes, staffSourceRules } from '../../bench/candidate-bundle.js';
import { accounts } from './support/accounts.js';
import { phone, signInCandidate } from './support/candidate.js';
import { dossierByEmail } from './support/emulator-data.js';

test.use({ viewport: phone });

test('a signed-in candidate’s first load of /mijn stays within 200 kB of gzipped JavaScript, without staff code', async ({ browser, page, baseURL }) => {
  await signInCandidate(page, accounts.candidate);
  // A fresh context with the signed-in state (Firebase Auth keeps it in IndexedDB) and an empty
  // HTTP cache: the first visit of a candidate who signed in before.
  const state = await page.context().storageState({ indexedDB: true });
  const context = await browser.newContext({ storageState: state, viewport: phone, baseURL });
  const fresh = await context.newPage();

  const scripts = new Map<string, Promise<Buffer>>();
  fresh.on('response', (response) => {
    const url = new URL(response.url());
    if (response.request().resourceType() === 'script' || url.pathname.endsWith('.js')) {
      if (!scripts.has(url.pathname)) scripts.set(url.pathname, response.body());
    }
  });

  const { name } = await dossierByEmail(accounts.candidate);
  await fresh.goto('/mijn');
  await expect(fresh.getByRole('heading', { level: 1, name: `Hallo ${name.split(/\s+/)[0]}` })).toBeVisible();
  await expect(fresh.getByRole('heading', { level: 2, name: 'Jouw volgende stappen' })).toBeVisible();
  await expect(fresh.getByRole('checkbox').first()).toBeVisible();
  await fresh.waitForLoadState('networkidle');

  const rows: { file: string; gzip: number; staff: string[] }[] = [];
  for (const [path, body] of scripts) {
    const code = await body;
    const file = path.split('/').pop()!;
    // Hosting answers a missing file with the app's HTML: only a JSON answer is a source map.
    const map = await fresh.request.get(`${path}.map`);
    const isMap = map.ok() && (map.headers()['content-type'] ?? '').includes('json');
    const sources = isMap ? ((await map.json()) as { sources: string[] }).sources : null;
    // The bundler's own runtime helpers have no sources, hence no map; any other file must have one.
    const staff =
      sources === null
        ? /^(rolldown-runtime|preload-helper)-/.test(file)
          ? []
          : ['no source map: cannot check']
        : sources.filter((source) => staffSourceRules.some((rule) => rule.test(source.replaceAll('\\', '/'))));
    rows.push({ file, gzip: gzipSync(code, { level: 9 }).length, staff });
  }
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  await test.info().attach('first-load.json', {
    body: JSON.stringify({ totalGzipBytes: total, budgetBytes, chunks: rows.sort((a, b) => b.gzip - a.gzip) }, null, 2),
    contentType: 'application/json',
  });
  console.log(`First load of /mijn: ${rows.length} scripts, ${(total / 1000).toFixed(1)} kB gzipped (budget ${budgetBytes / 1000} kB)`);

  expect(rows.length).toBeGreaterThan(3);
  expect(rows.filter((row) => row.staff.length > 0).map((row) => `${row.file}: ${row.staff.slice(0, 3).join(', ')}`)).toEqual([]);
  expect(total).toBeLessThanOrEqual(budgetBytes);
  await context.close();
});
