import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Every run starts from the demo seed (scripts/seed.ts), against this stack's emulators. */
export default function globalSetup(): void {
  if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
    throw new Error(
      'End-to-end tests run against the emulators: ' +
        'node scripts/with-emulators.mjs --only auth,firestore,functions,hosting -- npx playwright test',
    );
  }
  const script = process.env.KOERS_SEED_SCRIPT ?? 'scripts/seed.ts';
  const result = spawnSync('npx', ['tsx', script, '--reset'], { cwd: repoRoot, env: process.env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Seeding with ${script} failed (exit ${result.status ?? result.signal}).`);
}
