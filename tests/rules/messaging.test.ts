// threads/{t} with messages and typing entries, and the mail outbox: who reads and writes
// conversations. Threads are started and joined only through callables; clients write
// messages, their own read state and their own typing entry.
import {
  arrayUnion,
  collection,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  type DocumentData,
  type Firestore,
} from 'firebase/firestore';
import { describe, expect, test } from 'vitest';
import {
  accessTable,
  actingUid,
  dbAs,
  expectAllowed,
  ids,
  labelOf,
  nameOf,
  participantNames,
  readAsServer,
  restore,
  signedInPersonas,
  useRulesEnvironment,
  withServerChanges,
  type Persona,
} from './support.js';

useRulesEnvironment();

const longAgo = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));
const withCandidate = 'threads/t-with-candidate';
const stakeholders = 'threads/t-stakeholders';
const general = 'threads/t-general';
const newThreadPath = 'threads/t-new';

/** Who takes part in each thread of the world (t-stakeholders wrongly lists the candidate too). */
const withCandidateParticipants: readonly Persona[] = ['coordinator', 'adviser', 'hr', 'candidate'];
const stakeholderReaders: readonly Persona[] = ['adviser', 'hr'];
const generalParticipants: readonly Persona[] = ['coordinator', 'otherHr'];

/** The name the threads know a persona by; outsiders get one no thread has. */
function threadName(persona: Persona): string {
  return participantNames[actingUid(persona)] ?? actingUid(persona);
}

// ------------------------------------------------------------------ threads

/** The thread list query of the web app: mine, latest activity first (candidates: only threads with them). */
function myThreads(db: Firestore, persona: Persona, candidateView = false): ReturnType<typeof query> {
  const mine = [where('participantUids', 'array-contains', actingUid(persona))];
  if (candidateView) mine.push(where('includesCandidate', '==', true));
  return query(collection(db, 'threads'), ...mine, orderBy('lastActivityAt', 'desc'));
}

/** What a participant writes when they open a thread: their unread back to 0, their readAt now. */
function markRead(persona: Persona, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const uid = actingUid(persona);
  return { [`unread.${uid}`]: 0, [`readAt.${uid}`]: serverTimestamp(), ...extra };
}

/** A complete thread as startThread would write it, started by `persona` with school A's HR officer. */
function newThread(persona: Persona): DocumentData {
  const uid = actingUid(persona);
  const now = Timestamp.now();
  const participant = (name: string, role: string) => ({ name, role, organisationName: null, addedAt: now, addedBy: uid, history: 'all' });
  return {
    title: 'Overleg over kandidaat',
    regionId: ids.nijmegen,
    candidateId: ids.ownCandidate,
    includesCandidate: false,
    participantUids: [uid, 'u-hr'],
    participants: { [uid]: participant(threadName(persona), 'adviser'), 'u-hr': participant(nameOf('u-hr'), 'hr') },
    visibleFrom: { [uid]: now, 'u-hr': now },
    createdBy: uid,
    createdAt: now,
    lastActivityAt: now,
    lastMessage: null,
    messageCount: 0,
    unread: { [uid]: 0, 'u-hr': 0 },
    readAt: {},
  };
}

accessTable('threads/{t}: reading conversations', [
  {
    action: 'read the thread with the candidate',
    allowed: withCandidateParticipants,
    attempt: (db) => getDoc(doc(db, withCandidate)),
  },
  {
    action: 'read a stakeholder-only thread (even one that wrongly lists the candidate)',
    allowed: stakeholderReaders,
    attempt: (db) => getDoc(doc(db, stakeholders)),
  },
  {
    action: 'read a general thread between region members',
    allowed: generalParticipants,
    attempt: (db) => getDoc(doc(db, general)),
  },
  {
    action: 'list the threads they take part in, latest activity first',
    // Candidates must ask for the threads that include them (includesCandidate == true).
    allowed: signedInPersonas.filter((p) => p !== 'candidate' && p !== 'otherCandidate'),
    attempt: (db, persona) => getDocs(myThreads(db, persona)),
  },
  {
    action: 'list the threads they take part in that include the candidate',
    allowed: signedInPersonas,
    attempt: (db, persona) => getDocs(myThreads(db, persona, true)),
  },
  {
    action: "list the adviser's threads",
    allowed: ['adviser'],
    attempt: (db) => getDocs(query(collection(db, 'threads'), where('participantUids', 'array-contains', 'u-adviser'))),
  },
  {
    action: 'list all threads',
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'threads')),
  },
  {
    action: "list the region's threads",
    allowed: [],
    attempt: (db) => getDocs(query(collection(db, 'threads'), where('regionId', '==', ids.nijmegen))),
  },
]);

describe('threads/{t}: the thread list', () => {
  const expected: [Persona, boolean, string[]][] = [
    ['adviser', false, ['t-with-candidate', 't-stakeholders']],
    ['hr', false, ['t-with-candidate', 't-stakeholders']],
    ['coordinator', false, ['t-with-candidate', 't-general']],
    ['director', false, []],
    ['otherHr', false, ['t-general']],
    ['training', false, []],
    ['crossAdviser', false, []],
    ['admin', false, []],
    ['candidate', true, ['t-with-candidate']],
  ];
  for (const [persona, candidateView, threads] of expected) {
    test(`${labelOf(persona)}'s thread list holds exactly the threads they take part in, latest activity first`, async () => {
      const snapshot = await getDocs(myThreads(dbAs(persona), persona, candidateView));
      expect(snapshot.docs.map((d) => d.id)).toEqual(threads);
    });
  }
});

accessTable('threads/{t}: starting, joining and deleting happen only through callables', [
  {
    action: 'start a thread by writing it',
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, newThreadPath), newThread(persona)),
    restores: [newThreadPath],
  },
  {
    action: 'add themselves to the thread with the candidate',
    allowed: [],
    attempt: (db, persona) =>
      updateDoc(doc(db, withCandidate), {
        participantUids: arrayUnion(actingUid(persona)),
        [`visibleFrom.${actingUid(persona)}`]: serverTimestamp(),
      }),
    restores: [withCandidate],
  },
  {
    action: 'delete the thread with the candidate',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, withCandidate)),
    restores: [withCandidate],
  },
  {
    action: 'delete a thread that does not exist',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, newThreadPath)),
    restores: [newThreadPath],
  },
]);

accessTable('threads/{t}: read state', [
  {
    action: 'mark the thread with the candidate read for themselves',
    allowed: withCandidateParticipants,
    attempt: (db, persona) => updateDoc(doc(db, withCandidate), markRead(persona)),
    restores: [withCandidate],
  },
  {
    action: 'mark a stakeholder-only thread read for themselves',
    allowed: stakeholderReaders,
    attempt: (db, persona) => updateDoc(doc(db, stakeholders), markRead(persona)),
    restores: [stakeholders],
  },
  {
    action: "mark the thread with the candidate read for school A's HR officer",
    allowed: ['hr'],
    attempt: (db) => updateDoc(doc(db, withCandidate), markRead('hr')),
    restores: [withCandidate],
  },
  {
    action: "reset school A's HR officer's unread count alongside their own",
    allowed: ['hr'],
    attempt: (db, persona) => updateDoc(doc(db, withCandidate), markRead(persona, { 'unread.u-hr': 0, 'readAt.u-hr': serverTimestamp() })),
    restores: [withCandidate],
  },
]);

describe('threads/{t}: a participant changes nothing but their own read state', () => {
  const hrThread = () => doc(dbAs('hr'), withCandidate);

  test("marking read sets school A's HR officer's unread count to 0 and readAt to the server time, nobody else's", async () => {
    const before = await readAsServer(withCandidate);
    const sentAt = Date.now();
    try {
      await updateDoc(hrThread(), markRead('hr'));
      const after = await readAsServer(withCandidate);
      expect(after?.unread).toEqual({ ...before?.unread, 'u-hr': 0 });
      expect(Math.abs(Number(after?.readAt?.['u-hr']?.toMillis()) - sentAt)).toBeLessThan(10_000);
      expect(after?.readAt?.['u-adviser']).toEqual(before?.readAt?.['u-adviser']);
    } finally {
      await restore([withCandidate]);
    }
  });

  const denied: [string, Record<string, unknown>][] = [
    ['set their unread count to something other than 0', { 'unread.u-hr': 5 }],
    ['set their readAt to a time other than now', { 'readAt.u-hr': longAgo }],
    ['raise the adviser’s unread count', { 'unread.u-adviser': 3 }],
    ['move the adviser’s readAt', { 'readAt.u-adviser': serverTimestamp() }],
    ['add a participant', { participantUids: arrayUnion('u-director') }],
    ['see further back by moving their visibleFrom', { 'visibleFrom.u-hr': longAgo }],
    ['move the candidate’s visibleFrom back', { 'visibleFrom.u-candidate': longAgo }],
    ['rename themselves', { 'participants.u-hr.name': 'Iemand anders' }],
    ['change their history choice', { 'participants.u-hr.history': 'from_now' }],
    ['retitle the thread', { title: 'Nieuw onderwerp' }],
    ['rewrite the last message', { lastMessage: { authorName: 'Anna Adviseur', preview: 'Verzonnen', at: serverTimestamp() } }],
    ['change the message count', { messageCount: 99 }],
    ['move the thread up the list', { lastActivityAt: serverTimestamp() }],
    ['take the candidate out of the thread', { includesCandidate: false }],
  ];
  for (const [what, change] of denied) {
    test(`school A's HR officer cannot ${what} while marking the thread read`, async () => {
      await expectAllowed(false, updateDoc(hrThread(), markRead('hr', change)));
    });
  }

  test('a participant cannot leave their unread count as it is while stamping readAt', async () => {
    await expectAllowed(false, updateDoc(hrThread(), { 'readAt.u-hr': serverTimestamp() }));
  });

  test('a participant cannot remove their unread entry instead of setting it to 0', async () => {
    await expectAllowed(false, updateDoc(hrThread(), { 'unread.u-hr': deleteField(), 'readAt.u-hr': serverTimestamp() }));
  });

  test('the candidate cannot mark a stakeholder-only thread read, even when wrongly listed in it', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('candidate'), stakeholders), markRead('candidate')));
  });

  test('a participant removed from a thread can no longer mark it read', async () => {
    await withServerChanges({ [withCandidate]: { participantUids: ['u-adviser', 'u-candidate', 'u-coordinator'] } }, async () => {
      await expectAllowed(false, updateDoc(hrThread(), markRead('hr')));
    });
  });
});

// ------------------------------------------------------------------ messages

const messages = `${withCandidate}/messages`;

/** The persona's visibleFrom on the thread with the candidate, as stored (a day before the thread for outsiders). */
async function visibleFromOf(persona: Persona): Promise<Timestamp> {
  const thread = await readAsServer(withCandidate);
  const entry: unknown = thread?.visibleFrom?.[actingUid(persona)];
  if (typeof entry === 'object' && entry !== null && 'toMillis' in entry && typeof entry.toMillis === 'function') {
    return Timestamp.fromMillis(Number(entry.toMillis()));
  }
  return Timestamp.fromMillis(Date.now() - 72 * 3_600_000);
}

/** When a thread was started: the visibleFrom of those who see its whole history. */
async function createdAtOf(threadPath: string): Promise<Timestamp> {
  const thread = await readAsServer(threadPath);
  return Timestamp.fromMillis(Number(thread?.createdAt?.toMillis()));
}

/** The messages a participant's app lists: from their visibleFrom on, oldest first. */
async function visibleMessages(db: Firestore, persona: Persona): Promise<ReturnType<typeof query>> {
  return query(collection(db, messages), where('createdAt', '>=', await visibleFromOf(persona)), orderBy('createdAt'));
}

/** A text message as the web app sends it, by `persona` under the name the thread knows them by. */
function newMessage(persona: Persona, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'text',
    authorUid: actingUid(persona),
    authorName: threadName(persona),
    text: 'Hoe gaat het?',
    mentions: [],
    createdAt: serverTimestamp(),
    editedAt: null,
    deleted: false,
    deliveredAt: null,
    event: null,
    ...overrides,
  };
}

const edit = { text: 'Hoe gaat het nu?', editedAt: serverTimestamp() };
const softDelete = { text: '', deleted: true, editedAt: serverTimestamp() };

accessTable('threads/{t}/messages: reading', [
  {
    action: 'list the messages of the thread with the candidate from when they joined',
    allowed: withCandidateParticipants,
    attempt: async (db, persona) => getDocs(await visibleMessages(db, persona)),
  },
  {
    action: 'list the messages of the thread with the candidate without saying from when',
    allowed: [],
    attempt: (db) => getDocs(collection(db, messages)),
  },
  {
    action: 'list the messages of the thread with the candidate from its start',
    allowed: ['adviser', 'hr'],
    attempt: async (db) => getDocs(query(collection(db, messages), where('createdAt', '>=', await createdAtOf(withCandidate)))),
  },
  {
    action: 'read a message from before the candidate joined',
    allowed: ['adviser', 'hr'],
    attempt: (db) => getDoc(doc(db, messages, 'm-before-candidate')),
  },
  {
    action: 'read a message from before the coordinator joined',
    allowed: ['adviser', 'hr', 'candidate'],
    attempt: (db) => getDoc(doc(db, messages, 'm-old')),
  },
  {
    action: 'read the message that says who joined the thread with the candidate',
    allowed: withCandidateParticipants,
    attempt: (db) => getDoc(doc(db, messages, 'm-added')),
  },
  {
    action: 'read a recent message in the thread with the candidate',
    allowed: withCandidateParticipants,
    attempt: (db) => getDoc(doc(db, messages, 'm-recent')),
  },
  {
    action: 'read a message in a stakeholder-only thread',
    allowed: stakeholderReaders,
    attempt: (db) => getDoc(doc(db, stakeholders, 'messages', 'm-1')),
  },
  {
    action: 'list the messages of a stakeholder-only thread from its start',
    allowed: stakeholderReaders,
    attempt: async (db) => getDocs(query(collection(db, stakeholders, 'messages'), where('createdAt', '>=', await createdAtOf(stakeholders)))),
  },
  {
    action: 'read a message in a general thread',
    allowed: generalParticipants,
    attempt: (db) => getDoc(doc(db, general, 'messages', 'm-1')),
  },
]);

describe('threads/{t}/messages: each participant sees the history their visibleFrom allows', () => {
  const expected: [Persona, string[]][] = [
    ['adviser', ['m-before-candidate', 'm-old', 'm-added', 'm-recent', 'm-candidate']],
    ['hr', ['m-before-candidate', 'm-old', 'm-added', 'm-recent', 'm-candidate']],
    ['candidate', ['m-old', 'm-added', 'm-recent', 'm-candidate']],
    ['coordinator', ['m-added', 'm-recent', 'm-candidate']],
  ];
  for (const [persona, ids] of expected) {
    test(`${labelOf(persona)} lists ${ids.length} messages of the thread with the candidate`, async () => {
      const snapshot = await getDocs(await visibleMessages(dbAs(persona), persona));
      expect(snapshot.docs.map((d) => d.id).sort()).toEqual([...ids].sort());
    });
  }

  test('the coordinator, added with only what follows, cannot list the messages from before they joined', async () => {
    await expectAllowed(
      false,
      getDocs(query(collection(dbAs('coordinator'), messages), where('createdAt', '>=', await createdAtOf(withCandidate)))),
    );
  });
});

accessTable('threads/{t}/messages: posting', [
  {
    action: 'post in the thread with the candidate',
    allowed: withCandidateParticipants,
    attempt: (db, persona) => setDoc(doc(db, messages, 'm-new'), newMessage(persona)),
    restores: [`${messages}/m-new`],
  },
  {
    action: 'post in a stakeholder-only thread',
    allowed: stakeholderReaders,
    attempt: (db, persona) => setDoc(doc(db, stakeholders, 'messages', 'm-new'), newMessage(persona)),
    restores: [`${stakeholders}/messages/m-new`],
  },
  {
    action: 'post in a general thread',
    allowed: generalParticipants,
    attempt: (db, persona) => setDoc(doc(db, general, 'messages', 'm-new'), newMessage(persona)),
    restores: [`${general}/messages/m-new`],
  },
  {
    action: 'post in the thread with the candidate mentioning school A’s HR officer',
    allowed: withCandidateParticipants,
    attempt: (db, persona) => setDoc(doc(db, messages, 'm-new'), newMessage(persona, { mentions: ['u-hr'] })),
    restores: [`${messages}/m-new`],
  },
  {
    action: 'post in the thread with the candidate as the adviser',
    allowed: ['adviser'],
    attempt: (db) => setDoc(doc(db, messages, 'm-new'), newMessage('adviser')),
    restores: [`${messages}/m-new`],
  },
  {
    action: 'post a message that says participants were added',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(
        doc(db, messages, 'm-new'),
        newMessage(persona, { kind: 'participants_added', text: '', event: { names: ['Iemand'], history: 'all' } }),
      ),
    restores: [`${messages}/m-new`],
  },
  {
    action: 'post a message as the system',
    allowed: [],
    attempt: (db) => setDoc(doc(db, messages, 'm-new'), newMessage('adviser', { authorUid: 'system', authorName: '' })),
    restores: [`${messages}/m-new`],
  },
]);

describe('threads/{t}/messages: a message is posted as its author, now, undelivered', () => {
  const adviserPosts = (overrides: Record<string, unknown>) => setDoc(doc(dbAs('adviser'), messages, 'm-new'), newMessage('adviser', overrides));
  const restores = [`${messages}/m-new`];

  test('an adviser can post a message that leaves kind, deliveredAt and event to their defaults', async () => {
    const message = newMessage('adviser');
    delete message.kind;
    delete message.deliveredAt;
    delete message.event;
    await expectAllowed(true, setDoc(doc(dbAs('adviser'), messages, 'm-new'), message), restores);
  });

  test('an adviser can post a message of exactly 5000 characters', async () => {
    await expectAllowed(true, adviserPosts({ text: 'x'.repeat(5000) }), restores);
  });

  const denied: [string, Record<string, unknown>][] = [
    ["in the coordinator's name", { authorName: nameOf('u-coordinator') }],
    ['under their uid instead of the name the thread knows them by', { authorName: 'u-adviser' }],
    ['as the coordinator', { authorUid: 'u-coordinator', authorName: nameOf('u-coordinator') }],
    ['backdated', { createdAt: longAgo }],
    ['with a client clock time', { createdAt: Timestamp.now() }],
    ['marked as edited', { editedAt: serverTimestamp() }],
    ['marked as deleted', { deleted: true }],
    ['marked as delivered', { deliveredAt: serverTimestamp() }],
    ['carrying a participants event', { event: { names: ['Iemand'], history: 'all' } }],
    ['of kind participants_added', { kind: 'participants_added' }],
    ['of an unknown kind', { kind: 'image' }],
    ['mentioning the director, who does not take part', { mentions: ['u-hr', 'u-director'] }],
    ['with mentions that are not a list', { mentions: 'u-hr' }],
    ['with an empty text', { text: '' }],
    ['with a text of only spaces and line breaks', { text: '  \n ' }],
    ['with a text that is not text', { text: 42 }],
    ['of more than 5000 characters', { text: 'x'.repeat(5001) }],
    ['with a field the message schema does not have', { attachments: [] }],
  ];
  for (const [what, overrides] of denied) {
    test(`an adviser cannot post a message ${what}`, async () => {
      await expectAllowed(false, adviserPosts(overrides));
    });
  }

  test('an adviser cannot post a message without a text', async () => {
    const message = newMessage('adviser');
    delete message.text;
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), messages, 'm-new'), message));
  });

  test("the candidate cannot post in their adviser's name", async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('candidate'), messages, 'm-new'), newMessage('candidate', { authorUid: 'u-adviser', authorName: nameOf('u-adviser') })),
    );
  });

  test('a participant removed from a thread can no longer post in it', async () => {
    await withServerChanges({ [withCandidate]: { participantUids: ['u-adviser', 'u-candidate', 'u-coordinator'] } }, async () => {
      await expectAllowed(false, setDoc(doc(dbAs('hr'), messages, 'm-new'), newMessage('hr')));
    });
  });
});

accessTable('threads/{t}/messages: editing and deleting', [
  {
    action: "edit the adviser's message of 2 minutes ago",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, messages, 'm-recent'), edit),
    restores: [`${messages}/m-recent`],
  },
  {
    action: "edit the candidate's message of 2 minutes ago",
    allowed: ['candidate'],
    attempt: (db) => updateDoc(doc(db, messages, 'm-candidate'), edit),
    restores: [`${messages}/m-candidate`],
  },
  {
    action: "edit the adviser's message of 20 minutes ago",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, messages, 'm-old'), edit),
    restores: [`${messages}/m-old`],
  },
  {
    action: "delete the adviser's message of 2 minutes ago (deleted, text emptied)",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, messages, 'm-recent'), softDelete),
    restores: [`${messages}/m-recent`],
  },
  {
    action: "delete the adviser's message of 20 minutes ago",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, messages, 'm-old'), softDelete),
    restores: [`${messages}/m-old`],
  },
  {
    action: 'edit the message that says who joined',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, messages, 'm-added'), edit),
    restores: [`${messages}/m-added`],
  },
  {
    action: 'delete the message that says who joined',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, messages, 'm-added'), softDelete),
    restores: [`${messages}/m-added`],
  },
  {
    action: 'delete a message for good',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, messages, 'm-recent')),
    restores: [`${messages}/m-recent`],
  },
]);

describe('threads/{t}/messages: an edit changes only the text, stamped now', () => {
  const adviserEdits = (change: Record<string, unknown>) => updateDoc(doc(dbAs('adviser'), messages, 'm-recent'), change);

  test("the adviser's soft delete leaves an empty, deleted message in its place", async () => {
    try {
      await adviserEdits(softDelete);
      const stored = await readAsServer(`${messages}/m-recent`);
      expect({ text: stored?.text, deleted: stored?.deleted, authorUid: stored?.authorUid }).toEqual({
        text: '',
        deleted: true,
        authorUid: 'u-adviser',
      });
    } finally {
      await restore([`${messages}/m-recent`]);
    }
  });

  const denied: [string, Record<string, unknown>][] = [
    ['without stamping editedAt', { text: 'Nieuw' }],
    ['with editedAt from the past', { text: 'Nieuw', editedAt: longAgo }],
    ['to an empty text', { text: '', editedAt: serverTimestamp() }],
    ['to only spaces', { text: '   ', editedAt: serverTimestamp() }],
    ['to more than 5000 characters', { text: 'x'.repeat(5001), editedAt: serverTimestamp() }],
    ['and hand the message to the coordinator', { ...edit, authorUid: 'u-coordinator' }],
    ['and rename its author', { ...edit, authorName: 'Iemand anders' }],
    ['and move it in time', { ...edit, createdAt: serverTimestamp() }],
    ['and rewrite who it mentions', { ...edit, mentions: ['u-hr'] }],
    ['and mark it undelivered', { ...edit, deliveredAt: null }],
    ['and turn it into a system message', { ...edit, kind: 'participants_added' }],
    ['and delete it keeping its text', { deleted: true, editedAt: serverTimestamp() }],
  ];
  for (const [what, change] of denied) {
    test(`the adviser cannot edit their recent message ${what}`, async () => {
      await expectAllowed(false, adviserEdits(change));
    });
  }

  test('the adviser cannot undelete a deleted message', async () => {
    await withServerChanges({ [`${messages}/m-recent`]: { deleted: true, text: '' } }, async () => {
      await expectAllowed(false, adviserEdits({ deleted: false, text: 'Toch', editedAt: serverTimestamp() }));
    });
  });

  test('the adviser cannot edit a deleted message', async () => {
    await withServerChanges({ [`${messages}/m-recent`]: { deleted: true, text: '' } }, async () => {
      await expectAllowed(false, adviserEdits({ text: 'Toch', editedAt: serverTimestamp() }));
    });
  });

  test('nobody edits a system message, even one that names them as author', async () => {
    await withServerChanges({ [`${messages}/m-recent`]: { kind: 'participants_added', event: { names: ['Iemand'], history: 'all' } } }, async () => {
      await expectAllowed(false, adviserEdits(edit));
    });
  });

  test('an author removed from the thread can no longer edit their message', async () => {
    await withServerChanges({ [withCandidate]: { participantUids: ['u-hr', 'u-candidate', 'u-coordinator'] } }, async () => {
      await expectAllowed(false, adviserEdits(edit));
    });
  });
});

// ------------------------------------------------------------------ typing

const typing = `${withCandidate}/typing`;
const typingPaths = withCandidateParticipants.map((p) => `${typing}/${actingUid(p)}`);

function typingEntry(persona: Persona, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: threadName(persona), at: serverTimestamp(), ...overrides };
}

accessTable('threads/{t}/typing: who is typing', [
  {
    action: "see that school A's HR officer is typing in the thread with the candidate",
    allowed: withCandidateParticipants,
    attempt: (db) => getDoc(doc(db, typing, 'u-hr')),
  },
  {
    action: 'list who is typing in the thread with the candidate',
    allowed: withCandidateParticipants,
    attempt: (db) => getDocs(collection(db, typing)),
  },
  {
    action: 'list who is typing in a stakeholder-only thread',
    allowed: stakeholderReaders,
    attempt: (db) => getDocs(collection(db, stakeholders, 'typing')),
  },
  {
    action: 'say they are typing in the thread with the candidate',
    allowed: withCandidateParticipants,
    attempt: (db, persona) => setDoc(doc(db, typing, actingUid(persona)), typingEntry(persona)),
    restores: typingPaths,
  },
  {
    action: 'say they are typing in a stakeholder-only thread',
    allowed: stakeholderReaders,
    attempt: (db, persona) => setDoc(doc(db, stakeholders, 'typing', actingUid(persona)), typingEntry(persona)),
    restores: stakeholderReaders.concat('candidate').map((p) => `${stakeholders}/typing/${actingUid(p)}`),
  },
  {
    action: "say that school A's HR officer is typing",
    allowed: ['hr'],
    attempt: (db) => setDoc(doc(db, typing, 'u-hr'), typingEntry('hr')),
    restores: typingPaths,
  },
  {
    action: 'say that the adviser is typing, under their own name',
    allowed: ['adviser'],
    attempt: (db, persona) => setDoc(doc(db, typing, 'u-adviser'), typingEntry(persona)),
    restores: typingPaths,
  },
  {
    action: 'say they are typing under the adviser’s name',
    allowed: ['adviser'],
    attempt: (db, persona) => setDoc(doc(db, typing, actingUid(persona)), typingEntry(persona, { name: nameOf('u-adviser') })),
    restores: typingPaths,
  },
  {
    action: 'say they are typing with a time of their own',
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, typing, actingUid(persona)), typingEntry(persona, { at: Timestamp.now() })),
    restores: typingPaths,
  },
  {
    action: 'put something else in their typing entry',
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, typing, actingUid(persona)), typingEntry(persona, { text: 'Hoe ga' })),
    restores: typingPaths,
  },
  {
    action: "remove school A's HR officer's typing entry",
    allowed: ['hr'],
    attempt: (db) => deleteDoc(doc(db, typing, 'u-hr')),
    restores: typingPaths,
  },
]);

// ------------------------------------------------------------------ mail

accessTable('mail: the e-mail outbox belongs to functions', [
  {
    action: 'read a queued mail',
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'mail/m1')),
  },
  {
    action: 'list the queued mail',
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'mail')),
  },
  {
    action: 'list the mail queued for them',
    allowed: [],
    attempt: (db, persona) => getDocs(query(collection(db, 'mail'), where('toUids', 'array-contains', actingUid(persona)))),
  },
  {
    action: 'queue a mail to an account',
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'mail/m-new'), { toUids: ['u-adviser'], message: { subject: 'Hallo', text: 'Hallo' } }),
    restores: ['mail/m-new'],
  },
  {
    action: 'mark a queued mail as sent',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'mail/m1'), { delivery: { state: 'SUCCESS', attempts: 1, error: null } }),
    restores: ['mail/m1'],
  },
  {
    action: 'delete a queued mail',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, 'mail/m1')),
    restores: ['mail/m1'],
  },
]);
