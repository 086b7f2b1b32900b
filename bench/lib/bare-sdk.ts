// A page on the app's origin that loads only the Firebase SDK (from node_modules, through a
// Playwright route), signs in on the emulators and runs a benchmark script: the "bare SDK"
// baseline that the app's round trips are compared with, in the same Chromium and run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { Browser, Page } from '@playwright/test';

// The SDK's browser modules import each other from the CDN; serve them from node_modules.
const firebaseDir = createRequire(import.meta.url).resolve('firebase/package.json').replace(/package\.json$/, '');
const sdkVersion = (JSON.parse(readFileSync(`${firebaseDir}package.json`, 'utf8')) as { version: string }).version;
const cdn = `https://www.gstatic.com/firebasejs/${sdkVersion}`;

const emulatorPorts = {
  auth: Number((process.env.FIREBASE_AUTH_EMULATOR_HOST ?? '127.0.0.1:9099').split(':')[1]),
  firestore: Number((process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':')[1]),
};

export interface BarePageOptions {
  origin: string;
  projectId: string;
  email: string;
  password: string;
  /**
   * Module code run once signed in, with `db` (Firestore), `user` (the signed-in user) and
   * `fs` (the firebase-firestore module) in scope. It fills `window.__bench` and must end
   * with `window.__bench.ready = true`, awaiting what has to be in place first.
   */
  script: string;
}

export async function barePage(browser: Browser, options: BarePageOptions): Promise<Page> {
  const context = await browser.newContext();
  await context.route(`${cdn}/*`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${firebaseDir}${basename(new URL(route.request().url()).pathname)}`) }),
  );
  const harness = `
      window.__bench = {};
      import { initializeApp } from '${cdn}/firebase-app.js';
      import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from '${cdn}/firebase-auth.js';
      import * as fs from '${cdn}/firebase-firestore.js';
      const app = initializeApp({ projectId: '${options.projectId}', apiKey: 'demo-api-key' });
      const auth = getAuth(app);
      connectAuthEmulator(auth, 'http://127.0.0.1:${emulatorPorts.auth}', { disableWarnings: true });
      const db = fs.getFirestore(app);
      fs.connectFirestoreEmulator(db, '127.0.0.1', ${emulatorPorts.firestore});
      const user = (await signInWithEmailAndPassword(auth, '${options.email}', '${options.password}')).user;
      ${options.script}
    `;
  await context.route(`${options.origin}/__bench`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>bench</title><script type="module">${harness}</script>` }),
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bare page: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`bare page: ${message.text()}`));
  page.on('requestfailed', (request) => console.error(`bare page: ${request.url()} failed: ${request.failure()?.errorText}`));
  await page.goto(`${options.origin}/__bench`);
  await page.waitForFunction(() => (window as unknown as { __bench?: { ready?: boolean } }).__bench?.ready === true, undefined, { timeout: 60_000 });
  return page;
}

export interface Percentiles {
  label: string;
  p50: number;
  p95: number;
}

export function percentiles(label: string, times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { label, p50: at(0.5), p95: at(0.95) };
}

/**
 * Round trips between two bare pages: `sender` exposes `__bench.write(value)` (resolving to
 * its start time), `receiver` records in `__bench.seen` when each value arrived. The first two
 * warm the connections and are left out.
 */
export async function bareRoundTrips(sender: Page, receiver: Page, runs: number, valueOf: (run: number) => string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const value = valueOf(run);
    const startedAt = await sender.evaluate((next) => (window as unknown as { __bench: { write: (value: string) => Promise<number> } }).__bench.write(next), value);
    const shownAt = await receiver.waitForFunction(
      (expected) => (window as unknown as { __bench: { seen: Map<string, number> } }).__bench.seen.get(expected) ?? false,
      value,
      { polling: 'raf' },
    );
    if (run >= 2) times.push(Number(await shownAt.jsonValue()) - startedAt);
  }
  return times;
}
