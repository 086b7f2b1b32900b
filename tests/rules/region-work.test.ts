// The region's working data: candidate index, tasks, saved views, privacy requests,
// feedback, aggregates (region-wide and per filter), the aggregate ledger and API keys; the
// cross-region figures; and the server-only collections at the top level.
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { searchKeyField } from '@koers/domain';
import { describe, test } from 'vitest';
import { accessTable, actingUid, dbAs, expectAllowed, ids, nijmegenStaff, useRulesEnvironment, type Persona } from './support.js';

useRulesEnvironment();

const nij = `regions/${ids.nijmegen}`;
const mb = `regions/${ids.middenBrabant}`;
const staff = nijmegenStaff;
const longAgo = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));

accessTable('regions/{r}/candidateIndex: the region’s candidate list', [
  {
    action: "list Nijmegen's candidate index",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, nij, 'candidateIndex')),
  },
  {
    action: "search Nijmegen's candidate index by token",
    allowed: staff,
    attempt: (db) => getDocs(query(collection(db, nij, 'candidateIndex'), where(searchKeyField('own'), '==', true))),
  },
  {
    action: "read the candidate's entry in Nijmegen's index",
    allowed: staff,
    attempt: (db) => getDoc(doc(db, nij, 'candidateIndex', ids.ownCandidate)),
  },
  {
    action: "list Midden-Brabant's candidate index",
    allowed: ['crossAdviser'],
    attempt: (db) => getDocs(collection(db, mb, 'candidateIndex')),
  },
  {
    action: "change an entry of Nijmegen's candidate index",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'candidateIndex', ids.ownCandidate), { phase: 'matching' }),
    restores: [`${nij}/candidateIndex/${ids.ownCandidate}`],
  },
  {
    action: "add an entry to Nijmegen's candidate index",
    allowed: [],
    attempt: (db) =>
      setDoc(doc(db, nij, 'candidateIndex', ids.mbCandidate), { name: 'MB Candidate', homeRegionId: ids.middenBrabant }),
    restores: [`${nij}/candidateIndex/${ids.mbCandidate}`],
  },
]);

const tasks = `${nij}/tasks`;

function newTask(persona: Persona): Record<string, unknown> {
  const uid = actingUid(persona);
  return {
    title: 'Intake plannen',
    candidateId: ids.ownCandidate,
    assigneeUid: 'u-adviser',
    dueDate: '2026-02-01',
    done: false,
    doneAt: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

function completeTask(db: Firestore, persona: Persona): Promise<void> {
  return updateDoc(doc(db, tasks, 'task-adviser'), {
    done: true,
    doneAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: actingUid(persona),
  });
}

accessTable('regions/{r}/tasks: next steps', [
  {
    action: "list Nijmegen's tasks",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, tasks)),
  },
  {
    action: "list the tasks assigned to the adviser",
    allowed: staff,
    attempt: (db) => getDocs(query(collection(db, tasks), where('assigneeUid', '==', 'u-adviser'))),
  },
  {
    action: 'create a task in Nijmegen',
    allowed: staff,
    attempt: (db, persona) => setDoc(doc(db, tasks, 'task-new'), newTask(persona)),
    restores: [`${tasks}/task-new`],
  },
  {
    action: 'complete a task',
    allowed: staff,
    attempt: completeTask,
    restores: [`${tasks}/task-adviser`],
  },
  {
    action: 'delete a task',
    allowed: staff,
    attempt: (db) => deleteDoc(doc(db, tasks, 'task-adviser')),
    restores: [`${tasks}/task-adviser`],
  },
]);

describe('tasks: every change is attributed', () => {
  test('an adviser cannot create a task in the name of the coordinator', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), tasks, 'task-new'), { ...newTask('adviser'), createdBy: 'u-coordinator' }));
  });

  test('an adviser cannot backdate a new task', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), tasks, 'task-new'), { ...newTask('adviser'), createdAt: longAgo }));
  });

  test('an adviser cannot create a task stamped as last changed by the coordinator', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), tasks, 'task-new'), { ...newTask('adviser'), updatedBy: 'u-coordinator' }));
  });

  test('an adviser cannot create a task stamped as last changed in the past', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), tasks, 'task-new'), { ...newTask('adviser'), updatedAt: longAgo }));
  });

  test('an adviser cannot create a task that was done in the past', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), tasks, 'task-new'), { ...newTask('adviser'), done: true, doneAt: longAgo }));
  });

  test('an adviser can create a task that is done now', async () => {
    await expectAllowed(
      true,
      setDoc(doc(dbAs('adviser'), tasks, 'task-new'), { ...newTask('adviser'), done: true, doneAt: serverTimestamp() }),
      [`${tasks}/task-new`],
    );
  });

  test('an adviser cannot change who created a task', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), tasks, 'task-adviser'), { createdBy: 'u-adviser', updatedAt: serverTimestamp(), updatedBy: 'u-adviser' }),
    );
  });

  test('an adviser cannot change a task without stamping it', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), tasks, 'task-adviser'), { title: 'Nieuw' }));
  });

  test('an adviser cannot stamp a change with the coordinator’s uid', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), tasks, 'task-adviser'), { title: 'Nieuw', updatedAt: serverTimestamp(), updatedBy: 'u-coordinator' }),
    );
  });

  test('an adviser cannot backdate when a task was done', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), tasks, 'task-adviser'), {
        done: true,
        doneAt: longAgo,
        updatedAt: serverTimestamp(),
        updatedBy: 'u-adviser',
      }),
    );
  });

  test('an adviser can reopen a task, clearing doneAt', async () => {
    await expectAllowed(
      true,
      updateDoc(doc(dbAs('adviser'), tasks, 'task-adviser'), { done: false, doneAt: null, updatedAt: serverTimestamp(), updatedBy: 'u-adviser' }),
      [`${tasks}/task-adviser`],
    );
  });
});

// Matches: see matching.test.ts.

const views = `${nij}/savedViews`;

function newView(ownerUid: string): Record<string, unknown> {
  return { name: 'Wiskunde', ownerUid, shared: false, filters: { subject: 'wiskunde' }, createdAt: serverTimestamp() };
}

accessTable('regions/{r}/savedViews: saved list filters', [
  {
    action: "read the adviser's private view",
    allowed: ['adviser'],
    attempt: (db) => getDoc(doc(db, views, 'view-adviser-private')),
  },
  {
    action: "read the coordinator's shared view",
    allowed: staff,
    attempt: (db) => getDoc(doc(db, views, 'view-coordinator-shared')),
  },
  {
    action: 'list the shared views',
    allowed: staff,
    attempt: (db) => getDocs(query(collection(db, views), where('shared', '==', true))),
  },
  {
    action: 'list their own views',
    allowed: staff,
    attempt: (db, persona) => getDocs(query(collection(db, views), where('ownerUid', '==', actingUid(persona)))),
  },
  {
    action: 'list every view, private ones of others included',
    allowed: [],
    attempt: (db) => getDocs(collection(db, views)),
  },
  {
    action: 'save a view of their own',
    allowed: staff,
    attempt: (db, persona) => setDoc(doc(db, views, 'view-new'), newView(actingUid(persona))),
    restores: [`${views}/view-new`],
  },
  {
    action: "save a view owned by the coordinator",
    allowed: ['coordinator'],
    attempt: (db) => setDoc(doc(db, views, 'view-new'), newView('u-coordinator')),
    restores: [`${views}/view-new`],
  },
  {
    action: "share the adviser's private view",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, views, 'view-adviser-private'), { shared: true }),
    restores: [`${views}/view-adviser-private`],
  },
  {
    action: "delete the coordinator's shared view",
    allowed: ['coordinator'],
    attempt: (db) => deleteDoc(doc(db, views, 'view-coordinator-shared')),
    restores: [`${views}/view-coordinator-shared`],
  },
]);

describe('savedViews: ownership', () => {
  test('an adviser cannot hand their view to the coordinator', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), views, 'view-adviser-private'), { ownerUid: 'u-coordinator' }));
  });

  test('an adviser cannot backdate a new view', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), views, 'view-new'), { ...newView('u-adviser'), createdAt: longAgo }));
  });
});

const privacyRequests = `${nij}/privacyRequests`;

function newPrivacyRequest(candidateId: string): Record<string, unknown> {
  return { candidateId, kind: 'deletion', status: 'open', requestedAt: serverTimestamp(), handledAt: null, handledBy: null, note: null };
}

accessTable('regions/{r}/privacyRequests: deletion, export, correction', [
  {
    action: "list Nijmegen's privacy requests",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, privacyRequests)),
  },
  {
    action: "list the candidate's own privacy requests",
    allowed: [...staff, 'candidate'],
    attempt: (db) => getDocs(query(collection(db, privacyRequests), where('candidateId', '==', ids.ownCandidate))),
  },
  {
    action: "read the other candidate's privacy request",
    allowed: [...staff, 'otherCandidate'],
    attempt: (db) => getDoc(doc(db, privacyRequests, 'pr-other')),
  },
  {
    action: "file a privacy request for the candidate",
    allowed: ['candidate'],
    attempt: (db) => setDoc(doc(db, privacyRequests, 'pr-new'), newPrivacyRequest(ids.ownCandidate)),
    restores: [`${privacyRequests}/pr-new`],
  },
  {
    action: 'file a privacy request for the other candidate',
    allowed: ['otherCandidate'],
    attempt: (db) => setDoc(doc(db, privacyRequests, 'pr-new'), newPrivacyRequest(ids.otherCandidate)),
    restores: [`${privacyRequests}/pr-new`],
  },
  {
    action: "handle the candidate's privacy request",
    allowed: staff,
    attempt: (db, persona) =>
      updateDoc(doc(db, privacyRequests, 'pr-own'), {
        status: 'done',
        note: 'Export verstuurd',
        handledAt: serverTimestamp(),
        handledBy: actingUid(persona),
      }),
    restores: [`${privacyRequests}/pr-own`],
  },
  {
    action: "delete the candidate's privacy request",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, privacyRequests, 'pr-own')),
    restores: [`${privacyRequests}/pr-own`],
  },
]);

describe('privacyRequests: a request is the candidate’s, its handling is staff’s', () => {
  test('the candidate cannot file a request with a region that does not hold their dossier', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('candidate'), mb, 'privacyRequests', 'pr-new'), newPrivacyRequest(ids.ownCandidate)));
  });

  test('the candidate cannot file a request that is already done', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('candidate'), privacyRequests, 'pr-new'), { ...newPrivacyRequest(ids.ownCandidate), status: 'done' }),
    );
  });

  test('the candidate cannot file a request that names a handler', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('candidate'), privacyRequests, 'pr-new'), { ...newPrivacyRequest(ids.ownCandidate), handledBy: 'u-adviser' }),
    );
  });

  test('the candidate cannot file a request that was handled already', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('candidate'), privacyRequests, 'pr-new'), { ...newPrivacyRequest(ids.ownCandidate), handledAt: serverTimestamp() }),
    );
  });

  test('the candidate cannot backdate a request', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('candidate'), privacyRequests, 'pr-new'), { ...newPrivacyRequest(ids.ownCandidate), requestedAt: longAgo }),
    );
  });

  test('the candidate cannot mark their own request done', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('candidate'), privacyRequests, 'pr-own'), { status: 'done', handledAt: serverTimestamp(), handledBy: 'u-candidate' }),
    );
  });

  test('an adviser cannot record a colleague as the handler', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), privacyRequests, 'pr-own'), { status: 'done', handledAt: serverTimestamp(), handledBy: 'u-coordinator' }),
    );
  });

  test('an adviser cannot backdate when a request was handled', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), privacyRequests, 'pr-own'), { status: 'done', handledAt: longAgo, handledBy: 'u-adviser' }),
    );
  });

  test('an adviser cannot change what was requested', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), privacyRequests, 'pr-own'), {
        kind: 'deletion',
        status: 'done',
        handledAt: serverTimestamp(),
        handledBy: 'u-adviser',
      }),
    );
  });
});

const feedback = `${nij}/feedback`;

function newFeedback(candidateId: string): Record<string, unknown> {
  return { candidateId, subject: 'activity', subjectId: 'act-published', rating: 4, comment: null, createdAt: serverTimestamp() };
}

accessTable('regions/{r}/feedback: ratings', [
  {
    action: "list Nijmegen's feedback",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, feedback)),
  },
  {
    action: 'give feedback as the candidate',
    allowed: ['candidate'],
    attempt: (db) => setDoc(doc(db, feedback, 'fb-new'), newFeedback(ids.ownCandidate)),
    restores: [`${feedback}/fb-new`],
  },
  {
    action: 'give feedback for the other candidate',
    allowed: ['otherCandidate'],
    attempt: (db) => setDoc(doc(db, feedback, 'fb-new'), newFeedback(ids.otherCandidate)),
    restores: [`${feedback}/fb-new`],
  },
  {
    action: 'change a rating',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, feedback, 'fb-own'), { rating: 1 }),
    restores: [`${feedback}/fb-own`],
  },
  {
    action: 'delete a rating',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, feedback, 'fb-own')),
    restores: [`${feedback}/fb-own`],
  },
]);

describe('feedback: from the candidate, now, to their own region', () => {
  test('the candidate cannot backdate feedback', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('candidate'), feedback, 'fb-new'), { ...newFeedback(ids.ownCandidate), createdAt: longAgo }));
  });

  test('the candidate cannot rate a region that does not hold their dossier', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('candidate'), mb, 'feedback', 'fb-new'), newFeedback(ids.ownCandidate)));
  });
});

accessTable('regions/{r}/aggregates: counts for dashboards', [
  {
    action: "read Nijmegen's figures of now",
    allowed: ['coordinator', 'adviser', 'director'],
    attempt: (db) => getDoc(doc(db, nij, 'aggregates', 'current')),
  },
  {
    action: "read Nijmegen's figures of a month",
    allowed: ['coordinator', 'adviser', 'director'],
    attempt: (db) => getDoc(doc(db, nij, 'aggregates', 'm-2026-01')),
  },
  {
    action: "list Nijmegen's aggregates",
    allowed: ['coordinator', 'adviser', 'director'],
    attempt: (db) => getDocs(collection(db, nij, 'aggregates')),
  },
  {
    action: "list Midden-Brabant's aggregates",
    allowed: ['crossAdviser'],
    attempt: (db) => getDocs(collection(db, mb, 'aggregates')),
  },
  {
    action: "change Nijmegen's aggregates",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'aggregates', 'current'), { 'slices.all.total': 1000 }),
    restores: [`${nij}/aggregates/current`],
  },
  {
    action: 'create an aggregate',
    allowed: [],
    attempt: (db) =>
      setDoc(doc(db, nij, 'aggregates', 'm-2026-02'), { period: 'm-2026-02', kind: 'month', start: '2026-02-01', slice: 'all', slices: {}, updatedAt: serverTimestamp() }),
    restores: [`${nij}/aggregates/m-2026-02`],
  },
  {
    action: "delete Nijmegen's figures of a month",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, nij, 'aggregates', 'm-2026-01')),
    restores: [`${nij}/aggregates/m-2026-01`],
  },
]);

accessTable('regions/{r}/aggregateSlices: counts per dashboard filter', [
  {
    action: "read Nijmegen's PO figures of now",
    allowed: ['coordinator', 'adviser', 'director'],
    attempt: (db) => getDoc(doc(db, nij, 'aggregateSlices', 'current~sector.po')),
  },
  {
    action: "list Nijmegen's filter figures",
    allowed: ['coordinator', 'adviser', 'director'],
    attempt: (db) => getDocs(collection(db, nij, 'aggregateSlices')),
  },
  {
    action: "list Midden-Brabant's filter figures",
    allowed: ['crossAdviser'],
    attempt: (db) => getDocs(collection(db, mb, 'aggregateSlices')),
  },
  {
    action: "change Nijmegen's PO figures",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'aggregateSlices', 'current~sector.po'), { slice: 'sector.vo' }),
    restores: [`${nij}/aggregateSlices/current~sector.po`],
  },
  {
    action: 'create filter figures',
    allowed: [],
    attempt: (db) =>
      setDoc(doc(db, nij, 'aggregateSlices', 'current~sector.vo'), { period: 'current', kind: 'state', start: null, slice: 'sector.vo', slices: {}, updatedAt: serverTimestamp() }),
    restores: [`${nij}/aggregateSlices/current~sector.vo`],
  },
  {
    action: "delete Nijmegen's PO figures",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, nij, 'aggregateSlices', 'current~sector.po')),
    restores: [`${nij}/aggregateSlices/current~sector.po`],
  },
]);

const ledgerEntry = `candidate-${ids.ownCandidate}`;

accessTable('regions/{r}/aggregateLedger: what each contribution was computed from (functions only)', [
  {
    action: "read a dossier's ledger entry",
    allowed: [],
    attempt: (db) => getDoc(doc(db, nij, 'aggregateLedger', ledgerEntry)),
  },
  {
    action: "list Nijmegen's aggregate ledger",
    allowed: [],
    attempt: (db) => getDocs(collection(db, nij, 'aggregateLedger')),
  },
  {
    action: 'create a ledger entry',
    allowed: [],
    attempt: (db) => setDoc(doc(db, nij, 'aggregateLedger', 'task-new'), { facts: { kind: 'task' }, updatedAt: serverTimestamp() }),
    restores: [`${nij}/aggregateLedger/task-new`],
  },
  {
    action: 'change a ledger entry',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'aggregateLedger', ledgerEntry), { facts: {}, updatedAt: serverTimestamp() }),
    restores: [`${nij}/aggregateLedger/${ledgerEntry}`],
  },
  {
    action: 'delete a ledger entry',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, nij, 'aggregateLedger', ledgerEntry)),
    restores: [`${nij}/aggregateLedger/${ledgerEntry}`],
  },
]);

accessTable('crossRegionAggregates: figures of the participating regions side by side', [
  {
    action: 'read the cross-region figures of a month Nijmegen and Midden-Brabant take part in',
    allowed: ['coordinator', 'adviser', 'director', 'crossAdviser'],
    attempt: (db) => getDoc(doc(db, 'crossRegionAggregates/m-2026-01')),
  },
  {
    action: 'read the cross-region figures of now, which list Nijmegen only',
    allowed: ['coordinator', 'adviser', 'director'],
    attempt: (db) => getDoc(doc(db, 'crossRegionAggregates/current')),
  },
  {
    action: 'read the cross-region figures of a month only Brabant Oost takes part in',
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'crossRegionAggregates/m-2025-12')),
  },
  {
    action: 'list every cross-region document',
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'crossRegionAggregates')),
  },
  {
    action: 'create cross-region figures',
    allowed: [],
    attempt: (db) =>
      setDoc(doc(db, 'crossRegionAggregates/m-2026-02'), {
        period: 'm-2026-02',
        kind: 'month',
        regionIds: [ids.nijmegen],
        regionNames: { [ids.nijmegen]: 'RAP Nijmegen' },
        byRegion: { [ids.nijmegen]: { total: 99 } },
        updatedAt: serverTimestamp(),
      }),
    restores: ['crossRegionAggregates/m-2026-02'],
  },
  {
    action: 'change cross-region figures',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'crossRegionAggregates/m-2026-01'), { [`byRegion.${ids.nijmegen}`]: { total: 1 } }),
    restores: ['crossRegionAggregates/m-2026-01'],
  },
  {
    action: 'delete cross-region figures',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, 'crossRegionAggregates/current')),
    restores: ['crossRegionAggregates/current'],
  },
]);

accessTable('regions/{r}/apiKeys: website keys', [
  {
    action: "list Nijmegen's API keys",
    allowed: ['coordinator'],
    attempt: (db) => getDocs(collection(db, nij, 'apiKeys')),
  },
  {
    action: 'create an API key',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(doc(db, nij, 'apiKeys', 'key-new'), {
        name: 'Website',
        prefix: 'kk_new',
        hash: 'b'.repeat(64),
        createdAt: serverTimestamp(),
        createdBy: actingUid(persona),
        revokedAt: null,
      }),
    restores: [`${nij}/apiKeys/key-new`],
  },
  {
    action: 'revoke an API key',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'apiKeys', 'key-1'), { revokedAt: serverTimestamp() }),
    restores: [`${nij}/apiKeys/key-1`],
  },
]);

accessTable('mail, apiKeyHashes, publicRateLimits, idempotencyKeys: server-only collections', [
  {
    action: 'read the mail outbox',
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'mail')),
  },
  {
    action: 'queue an e-mail',
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'mail/m-new'), { to: ['someone@example.org'], message: { subject: 'Spam', text: 'Spam' } }),
    restores: ['mail/m-new'],
  },
  {
    action: 'look up an API key by its hash',
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'apiKeyHashes', 'a'.repeat(64))),
  },
  {
    action: 'register an API key hash',
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'apiKeyHashes', 'c'.repeat(64)), { regionId: ids.nijmegen, keyId: 'key-x' }),
    restores: [`apiKeyHashes/${'c'.repeat(64)}`],
  },
  {
    action: "read the public endpoints' rate-limit counter",
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'publicRateLimits', 'd'.repeat(64))),
  },
  {
    action: "reset the public endpoints' rate-limit counter",
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'publicRateLimits', 'd'.repeat(64)), { count: 0 }),
    restores: [`publicRateLimits/${'d'.repeat(64)}`],
  },
  {
    action: "read an API write's remembered answer",
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'idempotencyKeys', 'e'.repeat(64))),
  },
  {
    action: "plant an API write's answer",
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'idempotencyKeys', 'e'.repeat(64)), { state: 'done', status: 201, body: '{}' }),
    restores: [`idempotencyKeys/${'e'.repeat(64)}`],
  },
]);
