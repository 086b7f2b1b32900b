// `npm start`: the whole app on the emulators with seeded demo data.
//   npm start            keeps data between runs (exported to .emulator-data on exit)
//   npm start -- --reset starts from a fresh seed
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { demoAccounts, demoPassword } from './seed/accounts.js';
import { configFile, projectId, stack, stackEnv } from './lib/emulator-config.mjs';
import { emulatorEnvironment, orExplain, repoRoot } from './lib/prerequisites.mjs';
import { run, waitForHttp } from './lib/run.mjs';

const reset = process.argv.includes('--reset');
const dataDir = join(repoRoot, '.emulator-data');
const { ports, hostingOrigin } = stack();
const env: NodeJS.ProcessEnv = { ...orExplain(emulatorEnvironment), ...stackEnv(), KOERS_WEB_PORT: String(ports.web) };
const children: ChildProcess[] = [];

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  for (const child of children) child.kill('SIGINT');
  process.exit(1);
}

if (reset && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });

console.log('▶ Building Cloud Functions and the web app for Hosting…');
if ((await run('npm', ['run', 'build', '--workspace', '@koers/functions'], { env })) !== 0) fail('Building the functions failed.');
if ((await run('npx', ['vite', 'build', '--mode', 'emulator', '--logLevel', 'warn'], { env, cwd: join(repoRoot, 'web') })) !== 0) {
  fail('Building the web app failed.');
}
if ((await run('npx', ['vite', 'build', '--mode', 'emulator', '--config', 'mijn/vite.config.ts', '--logLevel', 'warn'], { env, cwd: join(repoRoot, 'web') })) !== 0) {
  fail('Building Mijn Koers (the candidate app) failed.');
}
if ((await run('npx', ['vite', 'build', '--config', 'widget/vite.config.ts', '--logLevel', 'warn'], { env, cwd: join(repoRoot, 'web') })) !== 0) {
  fail('Building the website widget failed.');
}

console.log('▶ Starting the emulators (Auth, Firestore, Functions, Hosting)…');
const emulatorArgs = ['emulators:start', '--project', projectId, '--config', configFile(), '--export-on-exit', dataDir];
if (existsSync(join(dataDir, 'firebase-export-metadata.json'))) emulatorArgs.push('--import', dataDir);
const emulators = spawn(join(repoRoot, 'node_modules', '.bin', 'firebase'), emulatorArgs, { cwd: repoRoot, env, stdio: 'inherit' });
children.push(emulators);
emulators.on('exit', (code) => {
  for (const child of children) if (child !== emulators) child.kill('SIGINT');
  process.exit(code ?? 0);
});

// The hub lists the emulators once they are all up, functions loaded.
const deadline = Date.now() + 180_000;
for (;;) {
  if (Date.now() > deadline) fail('The emulators did not start within 3 minutes; see the output above.');
  try {
    const response = await waitForHttp(`http://127.0.0.1:${ports.hub}/emulators`, 5_000);
    const running = (await response.json()) as Record<string, unknown>;
    if (['auth', 'firestore', 'functions', 'hosting'].every((name) => name in running)) break;
  } catch {
    // not up yet
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

if ((await run('npx', ['tsx', 'scripts/seed.ts'], { env })) !== 0) fail('Seeding the demo data failed.');

const web = spawn('npx', ['vite', '--port', String(ports.web), '--strictPort', '--host', '127.0.0.1'], {
  cwd: join(repoRoot, 'web'),
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
children.push(web);
await waitForHttp(`http://127.0.0.1:${ports.web}/`, 60_000).catch(() => fail('The web dev server did not start.'));

const width = Math.max(...demoAccounts.map((account) => account.email.length));
console.log(`
  Koers runs on the Firebase emulators (project ${projectId}).

  App (Vite dev server):  http://localhost:${ports.web}
  App (Hosting, built):   ${hostingOrigin}
  Functions:              http://127.0.0.1:${ports.functions}/${projectId}/europe-west4/…
  Firestore / Auth:       127.0.0.1:${ports.firestore} / 127.0.0.1:${ports.auth}

  Demo accounts (password: ${demoPassword}):
${demoAccounts.map((account) => `    ${account.email.padEnd(width)}  ${account.label}`).join('\n')}

  Candidates can also sign in by e-mail link: the link appears in this log (Auth emulator).
  Press Ctrl+C to stop; data is kept in .emulator-data (npm start -- --reset starts afresh).
`);

// Ctrl+C reaches the whole process group: the emulators export their data and exit by
// themselves. A SIGTERM reaches only this process, so it is passed on.
process.on('SIGINT', () => web.kill('SIGINT'));
process.on('SIGTERM', () => {
  web.kill('SIGTERM');
  emulators.kill('SIGINT');
});
