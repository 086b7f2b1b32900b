import type { Firestore } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { isClosedTransactionError, runContendedTransaction } from './transaction.js';

const closed = Object.assign(new Error('3 INVALID_ARGUMENT: Transaction is invalid or closed.'), { code: 3 });
const invalid = Object.assign(new Error('3 INVALID_ARGUMENT: Value for argument "data" is not valid.'), { code: 3 });

/** A database whose transactions fail with the given errors, one per run, and then succeed. */
function databaseFailing(...errors: Error[]): { db: Firestore; runs: () => number } {
  let runs = 0;
  const db = {
    runTransaction: async () => {
      runs += 1;
      const error = errors[runs - 1];
      if (error) throw error;
      return 'committed';
    },
  } as unknown as Firestore;
  return { db, runs: () => runs };
}

describe('runContendedTransaction', () => {
  it('tells the closed-transaction error from other invalid arguments', () => {
    expect(isClosedTransactionError(closed)).toBe(true);
    expect(isClosedTransactionError(invalid)).toBe(false);
    expect(isClosedTransactionError('Transaction is invalid or closed')).toBe(false);
  });

  it('runs a closed transaction again until it commits', async () => {
    const { db, runs } = databaseFailing(closed, closed);
    await expect(runContendedTransaction(db, async () => 'unused')).resolves.toBe('committed');
    expect(runs()).toBe(3);
  });

  it('gives up after a few runs and rethrows', async () => {
    const { db, runs } = databaseFailing(...Array.from({ length: 10 }, () => closed));
    await expect(runContendedTransaction(db, async () => 'unused')).rejects.toBe(closed);
    expect(runs()).toBe(6);
  });

  it('never repeats a transaction that failed for another reason', async () => {
    const { db, runs } = databaseFailing(invalid);
    await expect(runContendedTransaction(db, async () => 'unused')).rejects.toBe(invalid);
    expect(runs()).toBe(1);
  });
});
