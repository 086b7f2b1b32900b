import { chunk, type NetworkImportWrite } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { isSameVersion } from './network-edit';
import { networkKeys } from './network-keys';

/** A transaction holds at most 500 writes. */
export const maxWritesPerCommit = 500;

/** Documents that changed between the preview and the import: the chunk they were in was not written. */
export class ImportChangedError extends Error {
  readonly code = 'failed-precondition';
  override name = 'ImportChangedError';
  constructor(
    readonly ids: string[],
    /** Writes that did land before this chunk. */
    readonly written: number,
  ) {
    super(`changed since the preview: ${ids.join(', ')}`);
  }
}

export interface CommitNetworkImportInput {
  regionId: string;
  uid: string;
  writes: readonly NetworkImportWrite[];
  onProgress?: (done: number, total: number) => void;
}

/**
 * Writes an import plan in chunks of at most 500 documents, each chunk one transaction that
 * first checks what the preview assumed: a new document is still absent (its id is derived
 * from its match key, so a retry after a failure finds the first attempt's documents and
 * never duplicates them), and an updated one still has the `updatedAt` the preview saw (an
 * edit made meanwhile is never overwritten). A chunk whose check fails writes nothing.
 */
export async function commitNetworkImport({ regionId, uid, writes, onProgress }: CommitNetworkImportInput): Promise<{ written: number }> {
  let written = 0;
  onProgress?.(0, writes.length);
  for (const part of chunk(writes, maxWritesPerCommit)) {
    const refs = part.map((write) => doc(db, 'regions', regionId, write.collection, write.id));
    await runTransaction(db, async (transaction) => {
      const snapshots = await Promise.all(refs.map((ref) => transaction.get(ref)));
      const changed = part.filter((write, index) => {
        const snapshot = snapshots[index]!;
        return write.kind === 'create' ? snapshot.exists() : !snapshot.exists() || !isSameVersion(snapshot.get('updatedAt'), write.baseUpdatedAt);
      });
      if (changed.length > 0) throw new ImportChangedError(changed.map((write) => write.id), written);
      part.forEach((write, index) => {
        const ref = refs[index]!;
        if (write.kind === 'create') {
          transaction.set(ref, { ...write.data, createdAt: serverTimestamp(), createdBy: uid, updatedAt: serverTimestamp(), updatedBy: uid });
        } else {
          transaction.update(ref, { ...write.data, updatedAt: serverTimestamp(), updatedBy: uid });
        }
      });
    });
    written += part.length;
    onProgress?.(written, writes.length);
  }
  return { written };
}

export function useCommitNetworkImport() {
  return useMutation({ mutationKey: networkKeys.commitImport(), mutationFn: commitNetworkImport });
}
