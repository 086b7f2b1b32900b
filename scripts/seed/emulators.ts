// Guards and housekeeping for seeding: the emulators only, never a real project.

export interface EmulatorTarget {
  projectId: string;
  firestoreHost: string;
  authHost: string;
}

/** The emulators from the environment; throws with advice when anything points elsewhere. */
export function emulatorTarget(env: NodeJS.ProcessEnv = process.env): EmulatorTarget {
  const firestoreHost = env.FIRESTORE_EMULATOR_HOST;
  const authHost = env.FIREBASE_AUTH_EMULATOR_HOST;
  const projectId = env.GCLOUD_PROJECT ?? '';
  const problems = [
    firestoreHost ? null : 'FIRESTORE_EMULATOR_HOST is not set',
    authHost ? null : 'FIREBASE_AUTH_EMULATOR_HOST is not set',
    projectId.startsWith('demo-') ? null : `GCLOUD_PROJECT must be a demo- project (is "${projectId}")`,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length || !firestoreHost || !authHost) {
    throw new Error(
      `The seed writes only to the Firebase emulators: ${problems.join('; ')}.\n` +
        'Run it through the project scripts, e.g. `node scripts/with-emulators.mjs -- npx tsx scripts/seed.ts --reset`.',
    );
  }
  return { projectId, firestoreHost, authHost };
}

/** Deletes every document and every account in the emulators (their REST endpoints). */
export async function clearEmulators(target: EmulatorTarget): Promise<void> {
  const urls = [
    `http://${target.firestoreHost}/emulator/v1/projects/${target.projectId}/databases/(default)/documents`,
    `http://${target.authHost}/emulator/v1/projects/${target.projectId}/accounts`,
  ];
  for (const url of urls) {
    const response = await fetch(url, { method: 'DELETE' });
    if (!response.ok) throw new Error(`Clearing ${url} failed: ${response.status} ${await response.text()}`);
  }
}
