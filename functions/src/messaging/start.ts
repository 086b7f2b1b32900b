// `startThread`: a coordinator or adviser opens a conversation about a candidate (or a general
// one) with people who may take part. The thread, its participants and the optional first
// message are written in one transaction; the first message's trigger does the rest.
import type { Message, StartThreadInput, Thread, ThreadParticipant } from '@koers/domain';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { appUrl } from '../matching/app-url.js';
import { readRecipients, writeNotification } from '../notifications/notify.js';
import { maxParticipants, readCallerAccess, readCandidateFacts, readDirectory, readOrganisationNames, refuse, requireStaff } from './directory.js';
import { planParticipants, type CandidateFacts } from './eligibility.js';
import { addedDraft } from './texts.js';

export async function startThread(services: Services, callerUid: string, input: StartThreadInput): Promise<{ threadId: string }> {
  const { db } = services;
  const now = services.now();
  const threadRef = db.collection('threads').doc();
  const text = input.text?.trim() ?? '';

  const participantCount = await db.runTransaction(async (tx) => {
    const access = requireStaff(await readCallerAccess(tx, db, callerUid), input.regionId);
    const candidate: CandidateFacts | null = input.candidateId ? await readCandidateFacts(tx, db, input.candidateId, input.regionId) : null;
    if (input.includesCandidate && !candidate?.authUid) {
      refuse('failed-precondition', 'no_account', 'The candidate has no account yet, so they cannot take part in a thread.');
    }
    const candidateUid = input.includesCandidate ? (candidate?.authUid ?? null) : null;
    const others = input.participantUids.filter((uid) => uid !== callerUid);
    const uids = [...new Set([...others, ...(candidateUid ? [candidateUid] : [])])];
    if (uids.length + 1 > maxParticipants) refuse('failed-precondition', 'too_many', `A thread holds at most ${maxParticipants} people.`);

    const directory = await readDirectory(tx, db, input.regionId, [callerUid, ...uids]);
    const organisationNames = await readOrganisationNames(tx, db, input.regionId, directory);
    const scope = { regionId: input.regionId, candidate, includesCandidate: input.includesCandidate };
    const added = { by: callerUid, at: now, history: 'all' as const };
    const planned = planParticipants(scope, uids, directory, organisationNames, added);
    if (planned.ineligible.length > 0) {
      refuse('failed-precondition', 'not_eligible', 'Some of these people cannot take part in this thread.', { uids: planned.ineligible });
    }
    const caller: ThreadParticipant = {
      name: (directory.get(callerUid)?.displayName ?? access.displayName).slice(0, 200),
      // requireStaff made sure: coordinator or adviser of this region.
      role: access.regions[input.regionId] === 'coordinator' ? 'coordinator' : 'adviser',
      organisationName: null,
      addedAt: now,
      addedBy: callerUid,
      history: 'all',
    };
    const participants = { [callerUid]: caller, ...planned.participants };
    const participantUids = [callerUid, ...Object.keys(planned.participants)];
    // Without a first message nothing triggers a notification: tell the others here.
    const recipients = text ? new Map() : await readRecipients(tx, db, Object.keys(planned.participants));

    const thread: Thread = {
      title: input.title,
      regionId: input.regionId,
      candidateId: input.candidateId,
      includesCandidate: input.includesCandidate,
      participantUids,
      participants,
      visibleFrom: Object.fromEntries(participantUids.map((uid) => [uid, now])),
      createdBy: callerUid,
      createdAt: now,
      lastActivityAt: now,
      lastMessage: null,
      messageCount: 0,
      unread: Object.fromEntries(participantUids.map((uid) => [uid, 0])),
      readAt: {},
    };
    tx.create(threadRef, thread);
    if (text) {
      const message: Message = { kind: 'text', authorUid: callerUid, authorName: caller.name, text, mentions: [], createdAt: now, editedAt: null, deleted: false, deliveredAt: null, event: null };
      tx.create(threadRef.collection('messages').doc(), message);
    }
    for (const recipient of recipients.values()) {
      const about = { threadId: threadRef.id, title: input.title, regionId: input.regionId, candidateId: input.candidateId, role: participants[recipient.uid]!.role, appUrl: appUrl() };
      writeNotification(tx, db, recipient, `message-${threadRef.id}`, addedDraft(caller.name, about), now);
    }
    return participantUids.length;
  });
  logEvent('messaging.thread_started', { threadId: threadRef.id, regionId: input.regionId, candidateId: input.candidateId, participants: participantCount, withMessage: text.length > 0 });
  return { threadId: threadRef.id };
}
