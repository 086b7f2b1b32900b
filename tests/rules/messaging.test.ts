// threads/{t} and threads/{t}/messages/{m}: conversations between stakeholders and candidates.
import {
  arrayUnion,
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
} from 'firebase/firestore';
import { describe, test } from 'vitest';
import {
  accessTable,
  actingUid,
  dbAs,
  expectAllowed,
  ids,
  nijmegenStaff,
  readAsServer,
  signedInPersonas,
  useRulesEnvironment,
  withServerChanges,
  type Persona,
} from './support.js';

useRulesEnvironment();

const staff = nijmegenStaff;
const longAgo = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));
const withCandidate = 'threads/t-with-candidate';
const stakeholders = 'threads/t-stakeholders';
const newThreadPath = 'threads/t-new';

function newThread(persona: Persona, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const uid = actingUid(persona);
  const now = Timestamp.now();
  return {
    title: 'Overleg over kandidaat',
    regionId: ids.nijmegen,
    candidateId: ids.ownCandidate,
    includesCandidate: false,
    participantUids: [uid, 'u-hr'],
    visibleFrom: { [uid]: now, 'u-hr': now },
    createdBy: uid,
    createdAt: serverTimestamp(),
    lastMessageAt: null,
    ...overrides,
  };
}

function myThreads(persona: Persona): ReturnType<typeof query> {
  return query(collection(dbAs(persona), 'threads'), where('participantUids', 'array-contains', actingUid(persona)));
}

accessTable('threads/{t}: conversations', [
  {
    action: 'read the thread with the candidate',
    allowed: ['adviser', 'candidate', 'hr'],
    attempt: (db) => getDoc(doc(db, withCandidate)),
  },
  {
    action: 'read a stakeholder-only thread (even one that lists the candidate)',
    allowed: ['adviser', 'hr'],
    attempt: (db) => getDoc(doc(db, stakeholders)),
  },
  {
    action: "list the threads they take part in",
    allowed: signedInPersonas.filter((p) => p !== 'candidate'),
    attempt: (_db, persona) => getDocs(myThreads(persona)),
  },
  {
    action: 'list the threads they take part in that include the candidate',
    allowed: signedInPersonas,
    attempt: (_db, persona) => getDocs(query(myThreads(persona), where('includesCandidate', '==', true))),
  },
  {
    action: 'list all threads',
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'threads')),
  },
  {
    action: 'start a stakeholder thread about the candidate',
    allowed: staff,
    attempt: (db, persona) => setDoc(doc(db, newThreadPath), newThread(persona)),
    restores: [newThreadPath],
  },
  {
    action: 'start a thread they do not take part in',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(doc(db, newThreadPath), newThread(persona, { participantUids: ['u-hr'], visibleFrom: { 'u-hr': Timestamp.now() } })),
    restores: [newThreadPath],
  },
  {
    action: 'record a new message time on the thread with the candidate',
    allowed: ['adviser', 'candidate', 'hr'],
    attempt: (db) => updateDoc(doc(db, withCandidate), { lastMessageAt: serverTimestamp() }),
    restores: [withCandidate],
  },
  {
    action: 'record a new message time on a stakeholder-only thread',
    allowed: ['adviser', 'hr'],
    attempt: (db) => updateDoc(doc(db, stakeholders), { lastMessageAt: serverTimestamp() }),
    restores: [stakeholders],
  },
  {
    action: 'add a participant to the thread with the candidate',
    allowed: [],
    attempt: (db) =>
      updateDoc(doc(db, withCandidate), { participantUids: arrayUnion('u-director'), 'visibleFrom.u-director': serverTimestamp() }),
    restores: [withCandidate],
  },
  {
    action: 'let a stakeholder thread include the candidate',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, stakeholders), { includesCandidate: true }),
    restores: [stakeholders],
  },
  {
    action: 'delete a thread',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, withCandidate)),
    restores: [withCandidate],
  },
]);

describe('threads: starting a conversation', () => {
  test("an adviser cannot start a stakeholder-only thread that includes the candidate's account", async () => {
    await expectAllowed(
      false,
      setDoc(
        doc(dbAs('adviser'), newThreadPath),
        newThread('adviser', {
          participantUids: ['u-adviser', 'u-candidate'],
          visibleFrom: { 'u-adviser': Timestamp.now(), 'u-candidate': Timestamp.now() },
        }),
      ),
    );
  });

  test("an adviser can start a thread with the candidate's account when it includes the candidate", async () => {
    await expectAllowed(
      true,
      setDoc(
        doc(dbAs('adviser'), newThreadPath),
        newThread('adviser', {
          includesCandidate: true,
          participantUids: ['u-adviser', 'u-candidate'],
          visibleFrom: { 'u-adviser': Timestamp.now(), 'u-candidate': Timestamp.now() },
        }),
      ),
      [newThreadPath],
    );
  });

  test('an adviser cannot start a thread that includes a candidate without saying which', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), newThreadPath), newThread('adviser', { candidateId: null, includesCandidate: true })));
  });

  test('an adviser can start a stakeholder thread that is not about a candidate', async () => {
    await expectAllowed(true, setDoc(doc(dbAs('adviser'), newThreadPath), newThread('adviser', { candidateId: null })), [newThreadPath]);
  });

  test("a Nijmegen adviser cannot start a Nijmegen thread about a Midden-Brabant-only candidate", async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), newThreadPath), newThread('adviser', { candidateId: ids.mbCandidate })));
  });

  test('an adviser cannot start a thread in the name of the coordinator', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), newThreadPath), newThread('adviser', { createdBy: 'u-coordinator' })));
  });

  test('an adviser cannot start a thread that claims to have messages already', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), newThreadPath), newThread('adviser', { lastMessageAt: serverTimestamp() })));
  });

  test('an adviser cannot backdate a thread', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), newThreadPath), newThread('adviser', { createdAt: longAgo })));
  });

  test('an adviser cannot start a thread without a visibleFrom for every participant', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('adviser'), newThreadPath), newThread('adviser', { visibleFrom: { 'u-adviser': Timestamp.now() } })),
    );
  });

  test('a participant cannot backdate the last message time', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('hr'), withCandidate), { lastMessageAt: longAgo }));
  });
});

const messages = `${withCandidate}/messages`;

/** The persona's visibleFrom on the thread with the candidate, as stored (48 hours ago for outsiders). */
async function visibleFromOf(persona: Persona): Promise<Timestamp> {
  const thread = await readAsServer(withCandidate);
  const entry: unknown = thread?.visibleFrom?.[actingUid(persona)];
  if (typeof entry === 'object' && entry !== null && 'toMillis' in entry && typeof entry.toMillis === 'function') {
    return Timestamp.fromMillis(Number(entry.toMillis()));
  }
  return Timestamp.fromMillis(Date.now() - 48 * 3_600_000);
}

function newMessage(persona: Persona, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    authorUid: actingUid(persona),
    authorName: actingUid(persona),
    text: 'Hoe gaat het?',
    mentions: [],
    createdAt: serverTimestamp(),
    editedAt: null,
    deleted: false,
    ...overrides,
  };
}

accessTable('threads/{t}/messages: messages', [
  {
    action: 'list the messages of the thread with the candidate from when they joined',
    allowed: ['adviser', 'candidate', 'hr'],
    attempt: async (db, persona) => getDocs(query(collection(db, messages), where('createdAt', '>=', await visibleFromOf(persona)))),
  },
  {
    action: 'list the messages of the thread with the candidate without saying from when',
    allowed: [],
    attempt: (db) => getDocs(collection(db, messages)),
  },
  {
    action: 'read a message from before the candidate joined',
    allowed: ['adviser', 'hr'],
    attempt: (db) => getDoc(doc(db, messages, 'm-before-candidate')),
  },
  {
    action: 'read a recent message in the thread with the candidate',
    allowed: ['adviser', 'candidate', 'hr'],
    attempt: (db) => getDoc(doc(db, messages, 'm-recent')),
  },
  {
    action: 'read a message in a stakeholder-only thread',
    allowed: ['adviser', 'hr'],
    attempt: (db) => getDoc(doc(db, stakeholders, 'messages', 'm-1')),
  },
  {
    action: 'post in the thread with the candidate',
    allowed: ['adviser', 'candidate', 'hr'],
    attempt: (db, persona) => setDoc(doc(db, messages, 'm-new'), newMessage(persona)),
    restores: [`${messages}/m-new`],
  },
  {
    action: 'post in a stakeholder-only thread',
    allowed: ['adviser', 'hr'],
    attempt: (db, persona) => setDoc(doc(db, stakeholders, 'messages', 'm-new'), newMessage(persona)),
    restores: [`${stakeholders}/messages/m-new`],
  },
  {
    action: "edit the adviser's recent message",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, messages, 'm-recent'), { text: 'Hoe gaat het nu?', editedAt: serverTimestamp() }),
    restores: [`${messages}/m-recent`],
  },
  {
    action: "edit the candidate's recent message",
    allowed: ['candidate'],
    attempt: (db) => updateDoc(doc(db, messages, 'm-candidate'), { text: 'Goed!', editedAt: serverTimestamp() }),
    restores: [`${messages}/m-candidate`],
  },
  {
    action: "edit the adviser's message after 15 minutes",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, messages, 'm-old'), { text: 'Te laat', editedAt: serverTimestamp() }),
    restores: [`${messages}/m-old`],
  },
  {
    action: "soft-delete the adviser's message after 15 minutes",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, messages, 'm-old'), { text: '', deleted: true, editedAt: serverTimestamp() }),
    restores: [`${messages}/m-old`],
  },
  {
    action: 'delete a message for good',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, messages, 'm-recent')),
    restores: [`${messages}/m-recent`],
  },
]);

describe('messages: author and time are never forged', () => {
  test("the candidate cannot post in their adviser's name", async () => {
    await expectAllowed(false, setDoc(doc(dbAs('candidate'), messages, 'm-new'), newMessage('candidate', { authorUid: 'u-adviser' })));
  });

  test('an adviser cannot backdate a message', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), messages, 'm-new'), newMessage('adviser', { createdAt: longAgo })));
  });

  test('an adviser cannot post a message marked as edited', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), messages, 'm-new'), newMessage('adviser', { editedAt: serverTimestamp() })));
  });

  test('an adviser cannot post a message marked as deleted', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), messages, 'm-new'), newMessage('adviser', { deleted: true })));
  });

  test('an author cannot edit without stamping editedAt with the server time', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), messages, 'm-recent'), { text: 'Nieuw', editedAt: longAgo }));
  });

  test('an author cannot rewrite who a message mentions', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), messages, 'm-recent'), { mentions: ['u-hr'], text: 'Nieuw', editedAt: serverTimestamp() }),
    );
  });

  test('an author cannot move a message in time', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), messages, 'm-recent'), { createdAt: serverTimestamp(), editedAt: serverTimestamp() }));
  });

  test('an author cannot soft-delete a message and keep its text', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), messages, 'm-old'), { deleted: true, editedAt: serverTimestamp() }));
  });

  test('an author cannot undelete a soft-deleted message', async () => {
    await withServerChanges({ [`${messages}/m-recent`]: { deleted: true, text: '' } }, async () => {
      await expectAllowed(false, updateDoc(doc(dbAs('adviser'), messages, 'm-recent'), { deleted: false, editedAt: serverTimestamp() }));
    });
  });

  test('an author cannot edit a soft-deleted message', async () => {
    await withServerChanges({ [`${messages}/m-recent`]: { deleted: true, text: '' } }, async () => {
      await expectAllowed(false, updateDoc(doc(dbAs('adviser'), messages, 'm-recent'), { text: 'Toch', editedAt: serverTimestamp() }));
    });
  });

  test('a participant removed from a thread can no longer post in it', async () => {
    await withServerChanges({ [withCandidate]: { participantUids: ['u-adviser', 'u-candidate'] } }, async () => {
      await expectAllowed(false, setDoc(doc(dbAs('hr'), messages, 'm-new'), newMessage('hr')));
    });
  });
});
