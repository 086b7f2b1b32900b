// A region's website API keys, their call logs and the server's key lookup and usage counters:
// only the region's coordinators read keys and calls; only functions write any of it.
import { collection, deleteDoc, doc, getDoc, getDocs, limit, orderBy, query, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll } from 'vitest';
import { accessTable, actingUid, ids, projectId, useRulesEnvironment } from './support.js';

useRulesEnvironment();

const nij = `regions/${ids.nijmegen}`;
const mb = `regions/${ids.middenBrabant}`;
const usageWindow = `${ids.nijmegen}:key-1:29000000:0`;

function call(at: Date): Record<string, unknown> {
  return { at, method: 'POST', route: '/v1/create-user', status: 201, reason: null, durationMs: 120, expiresAt: new Date(at.getTime() + 90 * 86_400_000) };
}

// Documents beyond the shared world, written as the functions would. The rules decide on the
// path alone, so a test that follows a world reset still reads the same verdicts.
let admin: App | undefined;
beforeAll(async () => {
  admin = initializeApp({ projectId }, `api-keys-rules-${process.pid}`);
  const db = getFirestore(admin);
  const at = new Date();
  const batch = db.batch();
  batch.set(db.doc(`${nij}/apiKeys/key-1/calls/call-1`), call(at));
  batch.set(db.doc(`${mb}/apiKeys/mb-key-1`), {
    name: 'Website Midden-Brabant',
    prefix: 'koers_mb12',
    hash: 'f'.repeat(64),
    createdAt: at,
    createdBy: 'u-admin',
    revokedAt: null,
  });
  batch.set(db.doc(`${mb}/apiKeys/mb-key-1/calls/call-1`), call(at));
  batch.set(db.doc(`apiKeyUsage/${usageWindow}`), { count: 2, expiresAt: at });
  await batch.commit();
});
afterAll(async () => {
  if (admin) await deleteApp(admin);
});

accessTable('regions/{r}/apiKeys: reading a region’s website keys', [
  {
    action: "list Nijmegen's API keys",
    allowed: ['coordinator'],
    attempt: (db) => getDocs(collection(db, nij, 'apiKeys')),
  },
  {
    action: "read one of Nijmegen's API keys",
    allowed: ['coordinator'],
    attempt: (db) => getDoc(doc(db, nij, 'apiKeys', 'key-1')),
  },
  {
    action: "list Midden-Brabant's API keys (not even Nijmegen's coordinator)",
    allowed: [],
    attempt: (db) => getDocs(collection(db, mb, 'apiKeys')),
  },
]);

accessTable('regions/{r}/apiKeys: keys are written by functions only', [
  {
    action: 'create an API key',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(doc(db, nij, 'apiKeys', 'key-new'), {
        name: 'Website',
        prefix: 'koers_new1',
        hash: 'b'.repeat(64),
        createdAt: serverTimestamp(),
        createdBy: actingUid(persona),
        revokedAt: null,
      }),
    restores: [`${nij}/apiKeys/key-new`],
  },
  {
    action: 'rename an API key',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'apiKeys', 'key-1'), { name: 'Andere naam' }),
    restores: [`${nij}/apiKeys/key-1`],
  },
  {
    action: 'revoke an API key by client',
    allowed: [],
    attempt: (db, persona) => updateDoc(doc(db, nij, 'apiKeys', 'key-1'), { revokedAt: serverTimestamp(), revokedBy: actingUid(persona) }),
    restores: [`${nij}/apiKeys/key-1`],
  },
  {
    action: 'delete an API key',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, nij, 'apiKeys', 'key-1')),
    restores: [`${nij}/apiKeys/key-1`],
  },
]);

accessTable('regions/{r}/apiKeys/{k}/calls: a key’s call log', [
  {
    action: "list the latest calls of one of Nijmegen's keys",
    allowed: ['coordinator'],
    attempt: (db) => getDocs(query(collection(db, nij, 'apiKeys', 'key-1', 'calls'), orderBy('at', 'desc'), limit(20))),
  },
  {
    action: "read one call of one of Nijmegen's keys",
    allowed: ['coordinator'],
    attempt: (db) => getDoc(doc(db, nij, 'apiKeys', 'key-1', 'calls', 'call-1')),
  },
  {
    action: "list the calls of a Midden-Brabant key (not even Nijmegen's coordinator)",
    allowed: [],
    attempt: (db) => getDocs(collection(db, mb, 'apiKeys', 'mb-key-1', 'calls')),
  },
  {
    action: 'add a call to a key’s log',
    allowed: [],
    attempt: (db) => setDoc(doc(db, nij, 'apiKeys', 'key-1', 'calls', 'call-forged'), call(new Date())),
    restores: [`${nij}/apiKeys/key-1/calls/call-forged`],
  },
  {
    action: 'change a call in a key’s log',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'apiKeys', 'key-1', 'calls', 'call-1'), { status: 200 }),
    restores: [`${nij}/apiKeys/key-1/calls/call-1`],
  },
  {
    action: 'delete a call from a key’s log',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, nij, 'apiKeys', 'key-1', 'calls', 'call-1')),
    restores: [`${nij}/apiKeys/key-1/calls/call-1`],
  },
]);

accessTable('apiKeyHashes, apiKeyUsage: the server’s key lookup and rate-limit counters', [
  {
    action: 'look up an API key by its hash',
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'apiKeyHashes', 'a'.repeat(64))),
  },
  {
    action: 'register an API key hash',
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'apiKeyHashes', 'c'.repeat(64)), { regionId: ids.nijmegen, keyId: 'key-x', revoked: false, rateLimitPerMinute: 100_000 }),
    restores: [`apiKeyHashes/${'c'.repeat(64)}`],
  },
  {
    action: 'un-revoke an API key through its hash',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'apiKeyHashes', 'a'.repeat(64)), { revoked: false }),
    restores: [`apiKeyHashes/${'a'.repeat(64)}`],
  },
  {
    action: "read an API key's usage counter",
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'apiKeyUsage', usageWindow)),
  },
  {
    action: "list the API keys' usage counters",
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'apiKeyUsage')),
  },
  {
    action: "reset an API key's usage counter",
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'apiKeyUsage', usageWindow), { count: 0 }),
    restores: [`apiKeyUsage/${usageWindow}`],
  },
]);
