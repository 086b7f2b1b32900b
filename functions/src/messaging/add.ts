// `addThreadParticipants`: a coordinator or adviser taking part in a thread adds people who may
// take part, choosing whether they see the whole history or only what follows. The thread, a
// system message that makes the choice visible to everyone, and the notifications to the new
// participants are written in one transaction.
import { threadSchema, type AddThreadParticipantsInput, type Message } from '@koers/domain';
import { FieldPath } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { appUrl } from '../matching/app-url.js';
import { readRecipients, writeNotification } from '../notifications/notify.js';
import { maxParticipants, readCallerAccess, readCandidateFacts, readDirectory, readOrganisationNames, refuse, requireStaff } from './directory.js';
import { planParticipants } from './eligibility.js';
import { addedDraft, participantsAddedText } from './texts.js';

export async function addThreadParticipants(services: Services, callerUid: string, input: AddThreadParticipantsInput): Promise<{ added: string[] }> {
  const { db } = services;
  const now = services.now();
  const threadRef = db.collection('threads').doc(input.threadId);

  const added = await db.runTransaction(async (tx) => {
    const threadSnap = await tx.get(threadRef);
    if (!threadSnap.exists) refuse('not-found', 'unknown_thread', `No thread ${input.threadId}.`);
    const thread = threadSchema.parse(fromFirestoreData(threadSnap.data()));
    const caller = thread.participants[callerUid];
    if (!caller || !thread.participantUids.includes(callerUid)) refuse('permission-denied', 'not_participant', 'Only people taking part in the thread add others to it.');
    requireStaff(await readCallerAccess(tx, db, callerUid), thread.regionId);

    // People already in the thread are left as they are.
    const uids = [...new Set(input.uids)].filter((uid) => !thread.participantUids.includes(uid));
    if (uids.length === 0) return [];
    if (thread.participantUids.length + uids.length > maxParticipants) refuse('failed-precondition', 'too_many', `A thread holds at most ${maxParticipants} people.`);
    const candidate = thread.candidateId ? await readCandidateFacts(tx, db, thread.candidateId, thread.regionId) : null;
    const directory = await readDirectory(tx, db, thread.regionId, uids);
    const organisationNames = await readOrganisationNames(tx, db, thread.regionId, directory);
    const scope = { regionId: thread.regionId, candidate, includesCandidate: thread.includesCandidate };
    const planned = planParticipants(scope, uids, directory, organisationNames, { by: callerUid, at: now, history: input.history });
    if (planned.ineligible.length > 0) {
      refuse('failed-precondition', 'not_eligible', 'Some of these people cannot take part in this thread.', { uids: planned.ineligible });
    }
    const recipients = await readRecipients(tx, db, uids);

    const visibleFrom = input.history === 'all' ? thread.createdAt : now;
    // Field paths per new participant: the entries of the others stay untouched.
    const fields: unknown[] = [new FieldPath('participantUids'), [...thread.participantUids, ...uids], new FieldPath('lastActivityAt'), now];
    for (const uid of uids) {
      fields.push(new FieldPath('participants', uid), planned.participants[uid]);
      fields.push(new FieldPath('visibleFrom', uid), visibleFrom);
      fields.push(new FieldPath('unread', uid), 0);
    }
    const [first, firstValue, ...rest] = fields;
    tx.update(threadRef, first as FieldPath, firstValue, ...rest);

    const names = uids.map((uid) => planned.participants[uid]!.name);
    const message: Message = {
      kind: 'participants_added',
      authorUid: 'system',
      authorName: 'Koers',
      text: participantsAddedText(caller.name, names, input.history),
      mentions: [],
      createdAt: now,
      editedAt: null,
      deleted: false,
      // Delivered at once: the message trigger counts text messages only.
      deliveredAt: now,
      event: { names, history: input.history },
    };
    tx.create(threadRef.collection('messages').doc(), message);
    for (const recipient of recipients.values()) {
      const about = { threadId: input.threadId, title: thread.title, regionId: thread.regionId, candidateId: thread.candidateId, role: planned.participants[recipient.uid]!.role, appUrl: appUrl() };
      writeNotification(tx, db, recipient, `message-${input.threadId}`, addedDraft(caller.name, about), now);
    }
    return uids;
  });
  logEvent('messaging.participants_added', { threadId: input.threadId, added: added.length, history: input.history });
  return { added };
}
