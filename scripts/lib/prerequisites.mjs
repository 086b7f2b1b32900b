// Finds what the Firebase emulators need on this machine — a JDK >= 21 and the Firestore
// emulator — and returns the environment for firebase-tools, or explains what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(import.meta.dirname, '../..');
const generatedDir = join(repoRoot, '.emulators');
const minimumJava = 21;
const firestoreMainClass = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

export class MissingPrerequisite extends Error {}

function javaMajor(javaBinary) {
  const result = spawnSync(javaBinary, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return null;
  // Java 8 and older report "1.8".
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function javaHomeCandidates() {
  const homes = [];
  if (process.env.JAVA_HOME) homes.push(process.env.JAVA_HOME);
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'java'))) homes.push(resolve(dir, '..'));
  }
  const standardDirs = ['/usr/lib/jvm', '/usr/java', '/opt/java', '/Library/Java/JavaVirtualMachines'];
  for (const base of standardDirs) {
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort().reverse()) {
      homes.push(join(base, name), join(base, name, 'Contents', 'Home'));
    }
  }
  return homes;
}

/** The first JDK >= 21 in the order JAVA_HOME, PATH, standard JVM directories. */
export function findJavaHome() {
  const seen = [];
  for (const home of javaHomeCandidates()) {
    const binary = join(home, 'bin', 'java');
    if (!existsSync(binary)) continue;
    const major = javaMajor(binary);
    seen.push(`${binary} (${major ?? 'unknown version'})`);
    if (major !== null && major >= minimumJava && existsSync(join(home, 'bin', 'jar'))) return home;
  }
  throw new MissingPrerequisite(
    `Koers needs a Java Development Kit ${minimumJava} or newer for the Firebase emulators.\n` +
      (seen.length ? `Found only: ${seen.join(', ')}.\n` : 'No Java was found.\n') +
      'Install one (for example `apt-get install openjdk-21-jdk-headless`, or Temurin 21+) and/or set JAVA_HOME to it.',
  );
}

function firebaseToolsCachedJar() {
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'firebase', 'emulators');
  if (!existsSync(cache)) return null;
  const jar = readdirSync(cache).find((name) => /^cloud-firestore-emulator-v[\d.]+\.jar$/.test(name));
  return jar ? join(cache, jar) : null;
}

function cloudSdkEmulatorJar() {
  const roots = [];
  const gcloud = spawnSync('gcloud', ['info', '--format=value(installation.sdk_root)'], { encoding: 'utf8' });
  if (!gcloud.error && gcloud.status === 0 && gcloud.stdout.trim()) roots.push(gcloud.stdout.trim());
  const dpkg = spawnSync('dpkg', ['-L', 'google-cloud-cli-firestore-emulator'], { encoding: 'utf8' });
  if (!dpkg.error && dpkg.status === 0) {
    const jar = dpkg.stdout.split('\n').find((line) => line.endsWith('/cloud-firestore-emulator.jar'));
    if (jar && existsSync(jar)) return jar;
  }
  for (const root of roots) {
    const jar = join(root, 'platform', 'cloud-firestore-emulator', 'cloud-firestore-emulator.jar');
    if (existsSync(jar)) return jar;
  }
  return null;
}

/** A jar with only a manifest, so `java -jar` starts the installed emulator's main class. */
function buildLauncherJar(javaHome, emulatorJar) {
  mkdirSync(generatedDir, { recursive: true });
  const manifest = join(generatedDir, 'MANIFEST.MF');
  const launcher = join(generatedDir, 'firestore-launcher.jar');
  writeFileSync(manifest, `Main-Class: ${firestoreMainClass}\nClass-Path: ${pathToFileURL(emulatorJar).href}\n`);
  execFileSync(join(javaHome, 'bin', 'jar'), ['cfm', launcher, manifest]);
  return launcher;
}

/** Environment variables firebase-tools needs here; throws MissingPrerequisite with advice. */
export function emulatorEnvironment() {
  const javaHome = findJavaHome();
  const env = {
    ...process.env,
    JAVA_HOME: javaHome,
    PATH: `${join(javaHome, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
    // The emulators must never reach a real project or phone home.
    GCLOUD_PROJECT: 'demo-koers',
    FIREBASE_CLI_EXPERIMENTS: process.env.FIREBASE_CLI_EXPERIMENTS ?? '',
  };
  if (process.env.FIRESTORE_EMULATOR_BINARY_PATH) {
    if (!existsSync(process.env.FIRESTORE_EMULATOR_BINARY_PATH)) {
      throw new MissingPrerequisite(`FIRESTORE_EMULATOR_BINARY_PATH points to a missing file: ${process.env.FIRESTORE_EMULATOR_BINARY_PATH}`);
    }
    return env;
  }
  if (firebaseToolsCachedJar()) return env;
  const installed = cloudSdkEmulatorJar();
  if (!installed) {
    throw new MissingPrerequisite(
      'The Cloud Firestore emulator was not found.\n' +
        'Either let firebase-tools download it once (`npx firebase setup:emulators:firestore`, needs internet),\n' +
        'or install the Google Cloud SDK component: `apt-get install google-cloud-cli-firestore-emulator`\n' +
        '(or `gcloud components install cloud-firestore-emulator`).',
    );
  }
  env.FIRESTORE_EMULATOR_BINARY_PATH = buildLauncherJar(javaHome, installed);
  return env;
}

export const chromiumCandidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);

/** System Chromium for Playwright (the project never downloads a browser of its own). */
export function findChromium() {
  const found = chromiumCandidates.find((path) => existsSync(path));
  if (!found) {
    throw new MissingPrerequisite(
      'End-to-end tests need Chromium. Install it (`apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

/** Runs `fn`, printing a prerequisite problem as one clear message and exiting 1. */
export function orExplain(fn) {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MissingPrerequisite) {
      console.error(`\n✖ ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export { repoRoot };
