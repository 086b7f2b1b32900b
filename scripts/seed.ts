// Demo data for the local stack: `npx tsx scripts/seed.ts [--reset]` against the emulators.
// Deterministic (fixed faker seed and base date). Skips when already seeded, unless --reset.
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { buildSeed, type SeedDocument } from './seed/build.js';
import { clearEmulators, emulatorTarget, withTriggersPaused } from './seed/emulators.js';

/** Batched writes, committed in parallel (on the emulator several times faster than BulkWriter). */
async function writeAll(db: Firestore, documents: SeedDocument[]): Promise<void> {
  const batchSize = 250;
  const commits: Array<Promise<unknown>> = [];
  for (let start = 0; start < documents.length; start += batchSize) {
    const batch = db.batch();
    for (const { path, data } of documents.slice(start, start + batchSize)) batch.set(db.doc(path), data);
    commits.push(batch.commit());
  }
  await Promise.all(commits);
}

async function main(): Promise<void> {
  const target = emulatorTarget();
  const reset = process.argv.includes('--reset');
  const app = initializeApp({ projectId: target.projectId });
  const db = getFirestore(app);
  const auth = getAuth(app);

  if (!reset && (await db.doc('regions/nijmegen').get()).exists) {
    console.log('already seeded');
    return;
  }

  const started = Date.now();
  const seed = buildSeed();
  await withTriggersPaused(target, async () => {
    if (reset) await clearEmulators(target);
    await Promise.all(
      seed.users.map(async (user) => {
        try {
          await auth.createUser(user);
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code !== 'auth/uid-already-exists' && code !== 'auth/email-already-exists') throw error;
          await auth.updateUser(user.uid, user);
        }
      }),
    );
    // Projections before dossiers: should onCandidateWritten run for a seeded dossier after
    // all, it finds the index entry and aggregate it would write already in place.
    await writeAll(db, seed.network);
    await writeAll(db, seed.projections);
    await writeAll(db, seed.candidates);
    await writeAll(db, seed.offer);
    await writeAll(db, seed.messaging);
  });

  const summary = Object.entries(seed.summary)
    .map(([key, value]) => `${value} ${key}`)
    .join(', ');
  console.log(`seeded ${target.projectId} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
