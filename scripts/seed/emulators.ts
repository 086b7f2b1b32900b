// Guards and housekeeping for seeding: the emulators only, never a real project.

import { readFileSync } from 'node:fs';

export interface EmulatorTarget {
  projectId: string;
  firestoreHost: string;
  authHost: string;
  /** The emulator hub (host:port), to pause Cloud Functions triggers while seeding. */
  hubHost: string | null;
}

/** FIREBASE_EMULATOR_HUB (set by `firebase emulators:exec`), else firebase.json's hub port + offset. */
function hubHost(env: NodeJS.ProcessEnv): string | null {
  if (env.FIREBASE_EMULATOR_HUB) return env.FIREBASE_EMULATOR_HUB;
  try {
    const config = JSON.parse(readFileSync(new URL('../../firebase.json', import.meta.url), 'utf8')) as {
      emulators?: { hub?: { host?: string; port?: number } };
    };
    const hub = config.emulators?.hub;
    const offset = Number(env.KOERS_EMULATOR_PORT_OFFSET ?? '0');
    return hub?.port && Number.isInteger(offset) ? `${hub.host ?? '127.0.0.1'}:${hub.port + offset}` : null;
  } catch {
    return null;
  }
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
  return { projectId, firestoreHost, authHost, hubHost: hubHost(env) };
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

/**
 * Runs `work` with the Functions emulator's background triggers paused (emulator hub API), so
 * seeding neither queues hundreds of trigger runs nor fires delete triggers for a reset. The
 * seed writes the index, aggregates and audit entries the triggers would have written. Without
 * a reachable hub (or Functions emulator) the work runs with triggers on, which is also correct.
 */
export async function withTriggersPaused<T>(target: EmulatorTarget, work: () => Promise<T>): Promise<T> {
  const toggle = async (action: 'disable' | 'enable'): Promise<boolean> => {
    if (!target.hubHost) return false;
    try {
      const response = await fetch(`http://${target.hubHost}/functions/${action}BackgroundTriggers`, { method: 'PUT' });
      return response.ok;
    } catch {
      return false;
    }
  };
  const paused = await toggle('disable');
  try {
    return await work();
  } finally {
    if (paused && !(await toggle('enable'))) console.warn('Could not re-enable the Cloud Functions triggers; restart the emulators.');
  }
}
