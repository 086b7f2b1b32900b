// Emulator ports, optionally shifted so several stacks can run side by side on one machine
// (KOERS_EMULATOR_PORT_OFFSET=100 moves every port up by 100).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './prerequisites.mjs';

export const projectId = 'demo-koers';
export const functionsRegion = 'europe-west4';

export function portOffset() {
  const raw = process.env.KOERS_EMULATOR_PORT_OFFSET ?? '0';
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 20000) {
    throw new Error(`KOERS_EMULATOR_PORT_OFFSET must be a whole number from 0 to 20000, got "${raw}"`);
  }
  return offset;
}

/** Ports and origins of this stack, for the tools, tests and the web build. */
export function stack(offset = portOffset()) {
  const config = JSON.parse(readFileSync(join(repoRoot, 'firebase.json'), 'utf8'));
  const port = (name) => config.emulators[name].port + offset;
  return {
    offset,
    ports: {
      auth: port('auth'),
      firestore: port('firestore'),
      functions: port('functions'),
      hosting: port('hosting'),
      hub: port('hub'),
      web: 5173 + offset,
    },
    get functionsOrigin() {
      return `http://127.0.0.1:${this.ports.functions}/${projectId}/${functionsRegion}`;
    },
    get hostingOrigin() {
      return `http://127.0.0.1:${this.ports.hosting}`;
    },
  };
}

/**
 * Where the emulator build of the web app goes: web/dist for the default stack, web/dist-<offset>
 * for a shifted one, so parallel stacks never serve each other's build.
 */
export function webOutDir(offset = portOffset()) {
  return offset === 0 ? 'dist' : `dist-${offset}`;
}

/** firebase.json itself when the offset is 0, otherwise a shifted copy beside it (git-ignored). */
export function configFile(offset = portOffset()) {
  const original = join(repoRoot, 'firebase.json');
  if (offset === 0) return original;
  const config = JSON.parse(readFileSync(original, 'utf8'));
  for (const emulator of Object.values(config.emulators)) {
    if (typeof emulator !== 'object' || !emulator) continue;
    if (typeof emulator.port === 'number') emulator.port += offset;
    if (typeof emulator.websocketPort === 'number') emulator.websocketPort += offset;
  }
  config.hosting.public = `web/${webOutDir(offset)}`;
  const shifted = join(repoRoot, `firebase.ports-${offset}.json`);
  writeFileSync(shifted, JSON.stringify(config, null, 2));
  return shifted;
}

/** Variables that tell tests, the seed and the web build where this stack listens. */
export function stackEnv(offset = portOffset()) {
  const s = stack(offset);
  return {
    KOERS_EMULATOR_PORT_OFFSET: String(offset),
    KOERS_WEB_OUT_DIR: webOutDir(offset),
    KOERS_FUNCTIONS_ORIGIN: s.functionsOrigin,
    KOERS_HOSTING_ORIGIN: s.hostingOrigin,
    FIRESTORE_EMULATOR_HOST: `127.0.0.1:${s.ports.firestore}`,
    FIREBASE_AUTH_EMULATOR_HOST: `127.0.0.1:${s.ports.auth}`,
    GCLOUD_PROJECT: projectId,
    VITE_EMULATOR_AUTH_PORT: String(s.ports.auth),
    VITE_EMULATOR_FIRESTORE_PORT: String(s.ports.firestore),
    VITE_EMULATOR_FUNCTIONS_PORT: String(s.ports.functions),
  };
}
