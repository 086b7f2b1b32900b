import type { DocumentSnapshot, QuerySnapshot } from 'firebase/firestore';
import { env } from './env';

/**
 * Counts Firestore document reads as billed: one per document a listener receives (added or
 * changed, not removed), and one per count aggregation (up to 1,000 index entries). Exposed on
 * `window.__koersReads` on the emulators only, for bench/reads-per-screen.ts.
 */
let reads = 0;

if (env.VITE_USE_EMULATORS) {
  Object.defineProperty(window, '__koersReads', { get: () => reads, configurable: true });
}

export function meterQuery(snapshot: QuerySnapshot<unknown>): void {
  // A snapshot from the local cache was not read from the server.
  if (snapshot.metadata.fromCache) return;
  reads += snapshot.docChanges().filter((change) => change.type !== 'removed').length;
}

export function meterDocument(snapshot: DocumentSnapshot<unknown>): void {
  if (snapshot.metadata.fromCache) return;
  // A missing document still costs a read.
  reads += 1;
}

export function meterCount(): void {
  reads += 1;
}
