#!/usr/bin/env node
// Runs a command against freshly started emulators, then stops them:
//   node scripts/with-emulators.mjs [--only auth,firestore,functions,hosting] -- <command…>
// Finds Java and the Firestore emulator first (see scripts/lib/prerequisites.mjs).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { emulatorEnvironment, orExplain, repoRoot } from './lib/prerequisites.mjs';
import { configFile, projectId, stackEnv } from './lib/emulator-config.mjs';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
if (separator === -1 || separator === args.length - 1) {
  console.error('usage: node scripts/with-emulators.mjs [--only auth,firestore,functions,hosting] -- <command…>');
  process.exit(2);
}
const options = args.slice(0, separator);
const command = args.slice(separator + 1);
const onlyIndex = options.indexOf('--only');
const only = onlyIndex === -1 ? 'auth,firestore,functions,hosting' : options[onlyIndex + 1];

const env = {
  ...orExplain(emulatorEnvironment),
  ...stackEnv(),
  // The Functions emulator starts a worker per concurrent request and drops the request when
  // the worker is not up within this many seconds (30 by default): too short on a busy 2-core
  // machine, where tests send concurrent API calls.
  FUNCTIONS_DISCOVERY_TIMEOUT: process.env.FUNCTIONS_DISCOVERY_TIMEOUT ?? '150',
};
// One argument is taken as a shell command line; several are quoted word by word.
const quoted = command.length === 1 ? command[0] : command.map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", "'\\''")}'`)).join(' ');
const firebase = join(repoRoot, 'node_modules', '.bin', 'firebase');
const child = spawn(firebase, ['emulators:exec', '--project', projectId, '--config', configFile(), '--only', only, quoted], {
  cwd: repoRoot,
  env,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
