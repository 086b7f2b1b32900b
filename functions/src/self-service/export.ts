// `exportMyData`: every document about the candidate, as the candidate may see it (AVG art. 15
// and 20), in myDataExportSchema's shape with dates as ISO strings. The profile is the view's
// (never notes, owner, phase history, tags, custom fields, bottlenecks or scores); contacts
// carry no notes; messages only from threads the candidate takes part in.
import {
  buildCandidateView,
  feedbackSchema,
  interactionSchema,
  messageSchema,
  privacyRequestSchema,
  registrationSchema,
  threadSchema,
  type Candidate,
  type CandidateView,
  type MyDataExport,
} from '@koers/domain';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { requireMyCandidateId } from './my-candidate.js';
import { parseStored, plainReader, readCandidate, readViewSources } from './view-sources.js';

type Row = Record<string, unknown>;

/** Deep copy with Dates (and Timestamps) as ISO strings: the export is plain JSON. */
export function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Timestamp) return value.toDate().toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, toJson(item)]),
    );
  }
  return value;
}

/** The profile part of the view: what the candidate is, and where their dossier stands. */
export function exportProfile(view: CandidateView): Row {
  const { helpers: _helpers, matches: _matches, recentContacts: _contacts, consent: _consent, version: _version, syncedAt: _synced, ...profile } = view;
  return profile;
}

/** The consent decisions as they stand now: the general ones, then one per region. Pure. */
export function consentRows(candidate: Candidate): Row[] {
  const { consent } = candidate;
  return [
    { decision: 'privacy', given: consent.privacy, at: consent.givenAt, withdrawnAt: consent.withdrawnAt, source: consent.source },
    { decision: 'retainAfterProcess', given: consent.retainAfterProcess },
    { decision: 'shareWithOrganisations', given: consent.shareWithOrganisations },
    ...Object.entries(consent.regions ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([regionId, decision]) => ({ decision: 'region', regionId, given: decision.given, at: decision.at })),
  ];
}

export async function exportMyData(services: Services, uid: string): Promise<MyDataExport> {
  const { db } = services;
  const candidateId = await requireMyCandidateId(db, uid);
  const now = services.now();
  const reader = plainReader(db);
  const candidate = await readCandidate(reader, db, candidateId);
  if (!candidate) throw new HttpsError('not-found', 'Your dossier is gone.', { reason: 'no_candidate' });
  const view = buildCandidateView(await readViewSources(reader, db, candidateId, candidate, now));
  const sections = await readSections(db, uid, candidateId, candidate, view);
  logEvent('self_service.data_exported', { candidateId });
  return toJson({ exportedAt: now, candidateId, profile: exportProfile(view), sections }) as MyDataExport;
}

async function readSections(db: Firestore, uid: string, candidateId: string, candidate: Candidate, view: CandidateView): Promise<Record<string, Row[]>> {
  const dossier = db.collection('candidates').doc(candidateId);
  // Regions that have or had the dossier: requests and ratings stay with the region they went to.
  const regionIds = [...new Set([...candidate.regionIds, ...Object.keys(candidate.consent.regions ?? {}), ...(candidate.consent.withdrawnRegionIds ?? [])])].sort();
  const regions = db.collection('regions');
  const [consentHistory, steps, registrations, interactions, messages, privacyRequests, feedback] = await Promise.all([
    dossier
      .collection('audit')
      .where('action', '==', 'consent')
      .get()
      .then((snapshot) =>
        snapshot.docs
          .map((doc) => doc.data())
          .sort((a, b) => (a.at as Timestamp).toMillis() - (b.at as Timestamp).toMillis())
          .map((entry) => ({ at: entry.at as unknown, changed: entry.changedFields as unknown, from: entry.from as unknown, to: entry.to as unknown })),
      ),
    dossier
      .collection('steps')
      .orderBy('order')
      .get()
      .then((snapshot) =>
        snapshot.docs.map((doc) => ({ title: doc.get('title') as unknown, detail: doc.get('detail') as unknown, dueDate: doc.get('dueDate') as unknown, done: doc.get('done') as unknown, doneAt: doc.get('doneAt') as unknown })),
      ),
    readRegistrations(db, candidateId),
    dossier
      .collection('interactions')
      .orderBy('performedAt', 'desc')
      .get()
      .then((snapshot) =>
        snapshot.docs.flatMap((doc) => {
          const interaction = parseStored(interactionSchema, doc, 'self_service.invalid_interaction');
          return interaction
            ? [{ kind: interaction.kind, date: interaction.performedAt, summary: interaction.summary, regionId: interaction.regionId, authorName: interaction.authorName }]
            : [];
        }),
      ),
    readMessages(db, uid),
    Promise.all(regionIds.map((regionId) => regions.doc(regionId).collection('privacyRequests').where('candidateId', '==', candidateId).get())).then((snapshots) =>
      snapshots.flatMap((snapshot) =>
        snapshot.docs.flatMap((doc) => {
          const request = parseStored(privacyRequestSchema, doc, 'self_service.invalid_privacy_request');
          const regionId = doc.ref.parent.parent!.id;
          return request ? [{ regionId, kind: request.kind, status: request.status, requestedAt: request.requestedAt, handledAt: request.handledAt, note: request.note }] : [];
        }),
      ),
    ),
    Promise.all(regionIds.map((regionId) => regions.doc(regionId).collection('feedback').where('candidateId', '==', candidateId).get())).then((snapshots) =>
      snapshots.flatMap((snapshot) =>
        snapshot.docs.flatMap((doc) => {
          const rating = parseStored(feedbackSchema, doc, 'self_service.invalid_feedback');
          const regionId = doc.ref.parent.parent!.id;
          return rating ? [{ regionId, subject: rating.subject, rating: rating.rating, comment: rating.comment, createdAt: rating.createdAt }] : [];
        }),
      ),
    ),
  ]);
  return {
    consent: consentRows(candidate),
    consentHistory,
    helpers: view.helpers.map((helper) => ({ ...helper })),
    nextSteps: steps,
    registrations,
    matches: view.matches.map(({ regionId, targetKind, organisationName, vacancyTitle, programmeName, status, plannedAt, updatedAt }) => ({
      regionId,
      targetKind,
      organisationName,
      vacancyTitle,
      programmeName,
      status,
      plannedAt,
      updatedAt,
    })),
    contacts: interactions,
    messages,
    privacyRequests,
    feedback,
  };
}

/** The candidate's registrations for activities, in every region, with the activity's title and time. */
async function readRegistrations(db: Firestore, candidateId: string): Promise<Row[]> {
  const snapshot = await db.collectionGroup('registrations').where('candidateId', '==', candidateId).get();
  const activityRefs = snapshot.docs.map((doc) => doc.ref.parent.parent!);
  const activities = activityRefs.length > 0 ? await db.getAll(...activityRefs) : [];
  return snapshot.docs.flatMap((doc, i) => {
    const registration = parseStored(registrationSchema, doc, 'self_service.invalid_registration');
    if (!registration) return [];
    const activity = activities[i];
    return [
      {
        regionId: activityRefs[i]!.parent.parent!.id,
        activity: activity?.exists ? (activity.get('title') as unknown) : null,
        startsAt: activity?.exists ? (activity.get('startsAt') as unknown) : null,
        status: registration.status,
        registeredAt: registration.registeredAt,
        source: registration.source,
      },
    ];
  });
}

/** Messages of the threads the candidate takes part in, from when they could read them. */
async function readMessages(db: Firestore, uid: string): Promise<Row[]> {
  const threads = await db
    .collection('threads')
    .where('participantUids', 'array-contains', uid)
    .where('includesCandidate', '==', true)
    .orderBy('lastActivityAt', 'desc')
    .get();
  const perThread = await Promise.all(
    threads.docs.map(async (threadDoc) => {
      const thread = parseStored(threadSchema, threadDoc, 'self_service.invalid_thread');
      if (!thread) return [];
      const from = thread.visibleFrom[uid] ?? thread.createdAt;
      const messages = await threadDoc.ref.collection('messages').where('createdAt', '>=', from).orderBy('createdAt').get();
      return messages.docs.flatMap((doc) => {
        const message = parseStored(messageSchema, doc, 'self_service.invalid_message');
        if (!message || message.deleted || message.kind !== 'text') return [];
        return [{ thread: thread.title, author: message.authorName, body: message.text, sentAt: message.createdAt }];
      });
    }),
  );
  return perThread.flat();
}
