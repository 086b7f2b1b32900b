// regions/{r}/privacyRequests: what guards the erasure. A deletion request handled as done
// erases the dossier (onPrivacyRequestUpdated) and the function stamps `erasedAt`; so nobody
// forges that stamp (it would stop the erasure), and a handled request is a record that never
// changes again (re-opening and re-handling would run the erasure twice, or undo a record).
// The access table of the collection is in region-work.test.ts.
import { doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, test } from 'vitest';
import { dbAs, expectAllowed, ids, useRulesEnvironment, withServerChanges } from './support.js';

useRulesEnvironment();

const privacyRequests = `regions/${ids.nijmegen}/privacyRequests`;
const own = `${privacyRequests}/pr-own`;
// Server-side fixtures (withServerChanges writes with the Admin SDK): a plain Date.
const handledLongAgo = new Date('2026-01-02T10:00:00Z');

function newDeletionRequest(): Record<string, unknown> {
  return { candidateId: ids.ownCandidate, kind: 'deletion', status: 'open', requestedAt: serverTimestamp(), handledAt: null, handledBy: null, note: null };
}

function handledBy(uid: string, status = 'done'): Record<string, unknown> {
  return { status, note: null, handledAt: serverTimestamp(), handledBy: uid };
}

describe('privacyRequests: the erasure stamp is the function’s', () => {
  test('the candidate cannot file a request that already says it was erased', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('candidate'), privacyRequests, 'pr-new'), { ...newDeletionRequest(), erasedAt: serverTimestamp() }),
    );
  });

  test('the candidate can file a deletion request without the stamp', async () => {
    await expectAllowed(true, setDoc(doc(dbAs('candidate'), privacyRequests, 'pr-new'), newDeletionRequest()), [`${privacyRequests}/pr-new`]);
  });

  test('an adviser cannot stamp erasedAt while handling a request', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), own), { ...handledBy('u-adviser'), erasedAt: serverTimestamp() }));
  });

  test('a coordinator cannot stamp erasedAt on a handled request either', async () => {
    const handled = { status: 'done', handledAt: handledLongAgo, handledBy: 'u-adviser' };
    await withServerChanges({ [own]: handled }, async () => {
      await expectAllowed(false, updateDoc(doc(dbAs('coordinator'), own), { erasedAt: serverTimestamp() }));
    });
  });
});

describe('privacyRequests: a request is handled once', () => {
  test('an adviser can handle an open deletion request as done', async () => {
    await withServerChanges({ [own]: { kind: 'deletion' } }, async () => {
      await expectAllowed(true, updateDoc(doc(dbAs('adviser'), own), handledBy('u-adviser')), [own]);
    });
  });

  test('an adviser can reject an open request', async () => {
    await expectAllowed(true, updateDoc(doc(dbAs('adviser'), own), { ...handledBy('u-adviser', 'rejected'), note: 'Wettelijke bewaarplicht' }), [own]);
  });

  test('an adviser cannot "handle" a request by leaving it open', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), own), handledBy('u-adviser', 'open')));
  });

  test('a coordinator cannot re-open a handled deletion request', async () => {
    const done = { kind: 'deletion', status: 'done', handledAt: handledLongAgo, handledBy: 'u-adviser' };
    await withServerChanges({ [own]: done }, async () => {
      await expectAllowed(false, updateDoc(doc(dbAs('coordinator'), own), handledBy('u-coordinator', 'open')));
    });
  });

  test('a coordinator cannot turn a rejected request into a done one', async () => {
    const rejected = { status: 'rejected', note: 'Nog in traject', handledAt: handledLongAgo, handledBy: 'u-adviser' };
    await withServerChanges({ [own]: rejected }, async () => {
      await expectAllowed(false, updateDoc(doc(dbAs('coordinator'), own), handledBy('u-coordinator')));
    });
  });
});
