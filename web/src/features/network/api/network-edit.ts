import type { Timestamp } from 'firebase/firestore';

/**
 * The outcome of an edit that must not overwrite an unseen change: saved, or refused because
 * the document changed since the form was loaded (who changed it, when known).
 */
export type EditResult = { outcome: 'saved' } | { outcome: 'conflict'; updatedBy: string | null } | { outcome: 'gone' };

/** The stored `updatedAt` as milliseconds (null for documents written before stamps). */
export function stampMillis(value: unknown): number | null {
  return value && typeof value === 'object' && 'toMillis' in value ? (value as Timestamp).toMillis() : null;
}

/** Whether the stored document is still the version the form was loaded from. */
export function isSameVersion(stored: unknown, base: Date | null | undefined): boolean {
  return stampMillis(stored) === (base ? base.getTime() : null);
}

/** A create refused because the document already exists; errorCode() reads it as already-exists. */
export class AlreadyExistsError extends Error {
  readonly code = 'already-exists';
  override name = 'AlreadyExistsError';
  constructor(readonly id: string) {
    super(`${id} already exists`);
  }
}
