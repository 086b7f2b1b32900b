// Demo data for the local stack: `npx tsx scripts/seed.ts [--reset]` against the emulators.
// Deterministic (fixed faker seed and base date). Skips when already seeded, unless --reset.
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { buildSeed, type SeedDocument } from './seed/build.js';
import { clearEmulators, emulatorTarget } from './seed/emulators.js';

async function writeAll(db: Firestore, documents: SeedDocument[]): Promise<void> {
  const writer = db.bulkWriter();
  writer.onWriteError((error) => error.failedAttempts < 5);
  for (const { path, data } of documents) void writer.set(db.doc(path), data);
  await writer.close();
}

async function main(): Promise<void> {
  const target = emulatorTarget();
  const reset = process.argv.includes('--reset');
  const app = initializeApp({ projectId: target.projectId });
  const db = getFirestore(app);
  const auth = getAuth(app);

  if (reset) {
    await clearEmulators(target);
  } else if ((await db.doc('regions/nijmegen').get()).exists) {
    console.log('already seeded');
    return;
  }

  const started = Date.now();
  const seed = buildSeed();
  for (const user of seed.users) {
    try {
      await auth.createUser(user);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'auth/uid-already-exists' && code !== 'auth/email-already-exists') throw error;
      await auth.updateUser(user.uid, user);
    }
  }
  // Projections before dossiers: when onCandidateWritten runs for a seeded dossier, it finds
  // the index entry and aggregate it would write already in place.
  await writeAll(db, seed.network);
  await writeAll(db, seed.projections);
  await writeAll(db, seed.candidates);

  const summary = Object.entries(seed.summary)
    .map(([key, value]) => `${value} ${key}`)
    .join(', ');
  console.log(`seeded ${target.projectId} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
