// `npm test`: everything CI checks, in order of cost — typecheck, lint, unit tests, builds,
// then rules, integration and end-to-end tests against freshly started emulators.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stackEnv } from './lib/emulator-config.mjs';
import { emulatorEnvironment, findChromium, orExplain, repoRoot } from './lib/prerequisites.mjs';
import { run } from './lib/run.mjs';

// Not under test-results/: Playwright empties that folder when it starts.
const reportDir = join(repoRoot, 'test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

// Fail before spending minutes on the cheap steps when the machine lacks something.
const env: NodeJS.ProcessEnv = {
  ...orExplain(emulatorEnvironment),
  ...stackEnv(),
  CHROMIUM_PATH: orExplain(findChromium),
  PLAYWRIGHT_JSON_OUTPUT_NAME: join(reportDir, 'e2e.json'),
};

const vitestJson = (name: string) => ['--reporter=default', '--reporter=json', `--outputFile.json=${join(reportDir, `${name}.json`)}`];

const steps: Array<{ name: string; command: string; args: string[]; cwd?: string }> = [
  { name: 'typecheck', command: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', 'lint'] },
  { name: 'unit tests', command: 'npx', args: ['vitest', 'run', '--project', 'unit', ...vitestJson('unit')] },
  { name: 'build functions', command: 'npm', args: ['run', 'build', '--workspace', '@koers/functions'] },
  { name: 'build web (emulator mode)', command: 'npx', args: ['vite', 'build', '--mode', 'emulator', '--logLevel', 'warn'], cwd: join(repoRoot, 'web') },
  {
    name: 'build Mijn Koers, the candidate app (emulator mode)',
    command: 'npx',
    args: ['vite', 'build', '--mode', 'emulator', '--config', 'mijn/vite.config.ts', '--logLevel', 'warn'],
    cwd: join(repoRoot, 'web'),
  },
  { name: 'build the website widget', command: 'npx', args: ['vite', 'build', '--config', 'widget/vite.config.ts', '--logLevel', 'warn'], cwd: join(repoRoot, 'web') },
  {
    name: 'rules, integration and end-to-end tests on the emulators',
    command: 'node',
    args: [
      'scripts/with-emulators.mjs',
      '--only',
      'auth,firestore,functions,hosting',
      '--',
      `npx vitest run --project rules --project integration ${vitestJson('emulated').join(' ')} && npx playwright test --reporter=list,json`,
    ],
  },
];

const started = Date.now();
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n━━ ${step.name} ━━`);
  const code = await run(step.command, step.args, { env, cwd: step.cwd ?? repoRoot });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(0);
  if (code !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${code}, ${seconds} s)`);
    printTotals();
    process.exit(code);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
printTotals();

/** One closing line over every test runner's report: "N passed, N failed". */
function printTotals(): void {
  let passed = 0;
  let failed = 0;
  for (const name of ['unit', 'emulated']) {
    const report = readJson(join(reportDir, `${name}.json`)) as { numPassedTests?: number; numFailedTests?: number } | null;
    passed += report?.numPassedTests ?? 0;
    failed += report?.numFailedTests ?? 0;
  }
  const e2e = readJson(join(reportDir, 'e2e.json')) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  passed += (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
  failed += e2e?.stats?.unexpected ?? 0;
  console.log(`${passed} passed, ${failed} failed`);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
