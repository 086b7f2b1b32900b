import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/support/chromium.js';

// End-to-end journeys against the app served by the Hosting emulator (web/dist, built with
// `vite build --mode emulator`). Run through the emulator runner, which sets the origins:
//   node scripts/with-emulators.mjs --only auth,firestore,functions,hosting -- npx playwright test
// Playwright never downloads a browser here: it drives the system Chromium.
const offset = process.env.KOERS_EMULATOR_PORT_OFFSET ?? '0';
const candidateLinkSpecs = /(email-link|candidate-[a-z-]+)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  // Stacks on shifted ports keep their own traces and screenshots.
  outputDir: offset === '0' ? 'test-results' : `test-results-${offset}`,
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  // Journeys that sign the one demo candidate in by e-mail link run one at a time: two at
  // once would each take the newest link from the Auth emulator, and a link works only once.
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: candidateLinkSpecs },
    { name: 'candidate', use: { browserName: 'chromium' }, testMatch: candidateLinkSpecs, workers: 1 },
  ],
});
