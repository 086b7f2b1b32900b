// Transactions that many requests run against the same documents at once (registrations for
// one activity, one rate-limit window). The Admin SDK retries a transaction that lost a race
// when the backend answers ABORTED. Under heavy contention the emulator instead closes the
// losing transaction and answers its next read with INVALID_ARGUMENT "Transaction is invalid
// or closed", which the SDK does not retry. Nothing of a closed transaction was committed, so
// running it again is safe.
import type { Firestore, ReadWriteTransactionOptions, Transaction } from 'firebase-admin/firestore';

const closedTransaction = /transaction is invalid or closed/i;
const extraRuns = 5;

export function isClosedTransactionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 3 && typeof message === 'string' && closedTransaction.test(message);
}

/** db.runTransaction, run again (a few times) when the transaction was closed under it. */
export async function runContendedTransaction<T>(
  db: Firestore,
  update: (tx: Transaction) => Promise<T>,
  options?: ReadWriteTransactionOptions,
): Promise<T> {
  for (let run = 0; ; run += 1) {
    try {
      return await db.runTransaction(update, options);
    } catch (error) {
      if (run >= extraRuns || !isClosedTransactionError(error)) throw error;
    }
  }
}
