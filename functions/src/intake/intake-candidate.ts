// Intake of one candidate from outside (the pilot-compatible API, the embeddable contact form):
// upsert within the receiving region. New dossiers get an id derived from region and e-mail (as
// pilot imports do), and are written with `create` in one batch with their follow-up (mail,
// task): of concurrent first submissions for one person exactly one creates, the others find
// the dossier and update it. Updates carry the dossier's update time as a precondition and are
// retried on a conflict, so concurrent resubmissions never silently undo each other. (No
// read-then-create transaction: under contention those queue on locks, and a burst for one
// person would wait seconds.)
import { createHash } from 'node:crypto';
import {
  candidateIndexEntrySchema,
  candidateSchema,
  duplicateLookupTokens,
  normalizeEmail,
  phoneDigits,
  searchKeyField,
  suggestRegionForPlace,
  type Candidate,
  type CandidateFromPilot,
  type consentSources,
  type RoutingSuggestion,
} from '@koers/domain';
import { FieldValue, type DocumentReference, type DocumentSnapshot, type Firestore, type WriteBatch } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { importedCandidateId } from '../candidates/pilot-import.js';
import { readRecipientsNow, writeNotification } from '../notifications/notify.js';
import { confirmationMail, firstContactTask, ownerNotification } from './intake-effects.js';
import { loadIntakeRegion, loadServiceAreas, type IntakeRegion } from './intake-region.js';

export interface IntakeRequest {
  regionId: string;
  source: 'api' | 'website_form';
  candidate: CandidateFromPilot;
  /** Who writes: `api:<keyId>` or `form:website`; lands in createdBy/updatedBy and the audit. */
  actor: string;
  /** How an existing dossier is found: e-mail (v1, the form) or e-mail, else phone (v2 upsert). */
  matchOn?: 'email' | 'email_or_phone';
  /** The privacy text shown with the consent box, for the consent record. */
  consentText?: string | null;
}

export interface IntakeResult {
  candidateId: string;
  created: boolean;
  routing: RoutingSuggestion | null;
}

export class IntakeError extends Error {
  constructor(
    readonly reason: 'unknown_region' | 'no_identity',
    message: string,
  ) {
    super(message);
  }
}

/** Where the app runs, for links in notifications (set APP_URL when deploying). */
function appUrl(): string {
  const project = process.env.GCLOUD_PROJECT ?? 'demo-koers';
  return process.env.APP_URL ?? `https://${project}.web.app`;
}

/** Id of a dossier created by intake without e-mail: derived from the phone number's digits. */
function phoneCandidateId(regionId: string, phone: string): string {
  return `imp-${createHash('sha256').update(`${regionId}:phone:${phoneDigits(phone)}`).digest('hex').slice(0, 20)}`;
}

/**
 * The region's existing dossier for this person, through the region's candidate index (which
 * also holds dossiers made in the app or shared from elsewhere); null when none or ambiguous.
 */
export async function findRegionCandidate(db: Firestore, regionId: string, identity: { email: string | null; phone: string | null }): Promise<string | null> {
  const lookups: Array<{ token: string; matches: (entry: { email: string | null; phone: string | null }) => boolean }> = [];
  if (identity.email) {
    const wanted = normalizeEmail(identity.email);
    const [token] = duplicateLookupTokens({ name: '', email: wanted, phone: null });
    if (token) lookups.push({ token, matches: (entry) => entry.email !== null && normalizeEmail(entry.email) === wanted });
  }
  if (identity.phone && phoneDigits(identity.phone).length >= 6) {
    const wanted = phoneDigits(identity.phone);
    const tokens = duplicateLookupTokens({ name: '', email: null, phone: identity.phone });
    const token = tokens.find((candidate) => /^\d+$/.test(candidate)) ?? tokens[0];
    if (token) lookups.push({ token, matches: (entry) => entry.phone !== null && phoneDigits(entry.phone) === wanted });
  }
  for (const lookup of lookups) {
    const snapshot = await db.collection('regions').doc(regionId).collection('candidateIndex').where(searchKeyField(lookup.token), '==', true).limit(10).get();
    const hits = snapshot.docs.filter((doc) => {
      const entry = candidateIndexEntrySchema.safeParse(fromFirestoreData(doc.data()));
      return entry.success && lookup.matches(entry.data);
    });
    if (hits.length === 1) return hits[0]!.id;
    if (hits.length > 1) return null;
  }
  return null;
}

function consentSource(source: IntakeRequest['source']): (typeof consentSources)[number] {
  return source === 'api' ? 'api' : 'intake_form';
}

function consentRecord(request: IntakeRequest, at: Date) {
  return {
    privacy: true,
    retainAfterProcess: false,
    givenAt: at,
    withdrawnAt: null,
    source: consentSource(request.source),
    shareWithOrganisations: false,
    statement: request.consentText ?? null,
  };
}

function notesOf(candidate: CandidateFromPilot): string | null {
  const parts = [candidate.notes, candidate.exitReasonText ? `Reden van uitstroom: ${candidate.exitReasonText}` : null].filter(Boolean);
  return parts.length ? parts.join('\n\n') : null;
}

function latestContact(candidate: CandidateFromPilot, at: Date): Date | null {
  const dates = candidate.interactions.map((interaction) => (interaction.performedAt ? new Date(`${interaction.performedAt}T12:00:00Z`) : at));
  return dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : null;
}

function newDossier(request: IntakeRequest, routing: RoutingSuggestion | null, ownerUid: string | null, at: Date): Candidate {
  const { candidate, regionId, actor } = request;
  const status = candidate.status ?? 'active';
  return candidateSchema.parse({
    ...candidate.profile,
    email: candidate.profile.email ? normalizeEmail(candidate.profile.email) : null,
    phase: candidate.phase ?? 'interest',
    status,
    phaseSince: at,
    exitReason: status === 'exited' ? 'other' : null,
    ownerUid,
    homeRegionId: regionId,
    regionIds: [regionId],
    consent: consentRecord(request, at),
    source: request.source,
    tags: [],
    bottlenecks: [],
    customFields: candidate.customFields,
    notes: notesOf(candidate),
    lastContactAt: latestContact(candidate, at),
    authUid: null,
    introducedOrganisationIds: [],
    intakeRouting: routing ? { ...routing, at } : null,
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
    updatedBy: actor,
  });
}

/**
 * A resubmission: the sent values replace the dossier's where they have one (empty values
 * never wipe what an adviser recorded); consent is recorded again if it had been withdrawn.
 */
function updateOf(request: IntakeRequest, existing: Record<string, unknown>, at: Date): Record<string, unknown> {
  const { candidate, actor } = request;
  const update: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(candidate.profile)) {
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    if (!empty && field !== 'email') update[field] = value;
  }
  if (candidate.phase && candidate.status) {
    if (existing.phase !== candidate.phase) update.phaseSince = at;
    Object.assign(update, { phase: candidate.phase, status: candidate.status });
  }
  for (const [name, value] of Object.entries(candidate.customFields)) update[`customFields.${name}`] = value;
  const notes = notesOf(candidate);
  if (notes) update.notes = notes;
  const consent = existing.consent as { privacy?: boolean; withdrawnAt?: unknown } | undefined;
  if (!consent?.privacy || consent.withdrawnAt) {
    update.consent = consentRecord(request, at);
  }
  const contact = latestContact(candidate, at);
  const previous = existing.lastContactAt as { toDate?: () => Date } | null | undefined;
  if (contact && (!previous?.toDate || previous.toDate() < contact)) update.lastContactAt = contact;
  return { ...update, updatedAt: FieldValue.serverTimestamp(), updatedBy: actor };
}

/** Interactions get ids from their content: the same submission again rewrites, never adds. */
function writeInteractions(batch: WriteBatch, ref: DocumentReference, request: IntakeRequest, at: Date): void {
  for (const interaction of request.candidate.interactions) {
    const id = `intake-${createHash('sha256').update(JSON.stringify(interaction)).digest('hex').slice(0, 24)}`;
    batch.set(ref.collection('interactions').doc(id), {
      kind: interaction.kind,
      summary: interaction.summary,
      notes: interaction.notes,
      performedAt: interaction.performedAt ? new Date(`${interaction.performedAt}T12:00:00Z`) : at,
      durationMinutes: interaction.durationMinutes,
      regionId: request.regionId,
      organisationId: null,
      authorUid: request.actor,
      authorName: interaction.performedByName ?? (request.source === 'api' ? 'Website (API)' : 'Contactformulier'),
      createdAt: at,
    });
  }
}

/** The intake owner: the region's setting, else its first coordinator (someone must follow up). */
async function intakeOwner(db: Firestore, region: IntakeRegion): Promise<string | null> {
  if (region.settings.intakeOwnerUid) return region.settings.intakeOwnerUid;
  const coordinators = await db.collection('users').where(`regions.${region.id}`, '==', 'coordinator').limit(1).get();
  return coordinators.docs[0]?.id ?? null;
}

export async function intakeCandidate(services: Services, request: IntakeRequest): Promise<IntakeResult> {
  const { db } = services;
  const at = services.now();
  const region = await loadIntakeRegion(db, request.regionId, at.getTime());
  if (!region) throw new IntakeError('unknown_region', 'Unknown region');
  const email = request.candidate.profile.email ? normalizeEmail(request.candidate.profile.email) : null;
  const phone = request.matchOn === 'email_or_phone' ? request.candidate.profile.phone : null;
  if (!email && !phone) throw new IntakeError('no_identity', 'An e-mail address (or, for upserts, a phone number) is required');

  const [areas, existingId, ownerUid] = await Promise.all([
    loadServiceAreas(db, at.getTime()),
    findRegionCandidate(db, region.id, { email, phone }),
    intakeOwner(db, region),
  ]);
  const routing = suggestRegionForPlace(request.candidate.profile.place, region.id, areas);
  const ownRef = db.collection('candidates').doc(email ? importedCandidateId(region.id, email) : phoneCandidateId(region.id, phone!));

  const result = await upsert(db, { request, region, routing, ownerUid, ownRef, existingId, email, at });
  logEvent('intake.candidate', { regionId: region.id, source: request.source, created: result.created, routed: routing !== null });
  return { ...result, routing: result.created ? routing : null };
}

interface UpsertPlan {
  request: IntakeRequest;
  region: IntakeRegion;
  routing: RoutingSuggestion | null;
  ownerUid: string | null;
  ownRef: DocumentReference;
  existingId: string | null;
  email: string | null;
  at: Date;
}

const maxAttempts = 8;
/** gRPC codes the Admin SDK reports: the document exists, or changed since it was read. */
const alreadyExists = 6;
const failedPrecondition = 9;

function codeOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? Number((error as { code: unknown }).code) : undefined;
}

async function upsert(db: Firestore, plan: UpsertPlan): Promise<{ candidateId: string; created: boolean }> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const target = await currentDossier(db, plan);
    try {
      if (target) {
        await updateDossier(db, plan, target);
        return { candidateId: target.id, created: false };
      }
      await createDossier(db, plan);
      return { candidateId: plan.ownRef.id, created: true };
    } catch (error) {
      const code = codeOf(error);
      // Someone else created or changed the dossier first: read it again and go on from there.
      if ((code !== alreadyExists && code !== failedPrecondition) || attempt === maxAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
  throw new Error('unreachable');
}

/** The dossier to update: our own id first, else the region's existing dossier for the person. */
async function currentDossier(db: Firestore, plan: UpsertPlan): Promise<DocumentSnapshot | null> {
  const own = await plan.ownRef.get();
  if (own.exists) return own;
  if (plan.existingId && plan.existingId !== plan.ownRef.id) {
    const other = await db.collection('candidates').doc(plan.existingId).get();
    if (other.exists) return other;
  }
  return null;
}

async function updateDossier(db: Firestore, plan: UpsertPlan, target: DocumentSnapshot): Promise<void> {
  const batch = db.batch();
  batch.update(target.ref, updateOf(plan.request, target.data() ?? {}, plan.at), { lastUpdateTime: target.updateTime! });
  writeInteractions(batch, target.ref, plan.request, plan.at);
  await batch.commit();
}

async function createDossier(db: Firestore, plan: UpsertPlan): Promise<void> {
  const { request, region, ownerUid, ownRef, email, at } = plan;
  const dossier = newDossier(request, plan.routing, ownerUid, at);
  const owner = ownerUid ? (await readRecipientsNow(db, [ownerUid])).get(ownerUid) : undefined;
  const batch = db.batch();
  batch.create(ownRef, dossier);
  writeInteractions(batch, ownRef, request, at);
  // set, not create: a person whose dossier was deleted (privacy request) may sign up again.
  if (email) batch.set(db.collection('mail').doc(`intake-${ownRef.id}-confirmation`), confirmationMail(region, { id: ownRef.id, name: dossier.name, email }, at));
  if (ownerUid) {
    if (owner) writeNotification(batch, db, owner, `intake-${ownRef.id}`, ownerNotification(region, ownRef.id, request.source, appUrl()), at);
    batch.set(db.collection('regions').doc(region.id).collection('tasks').doc(`intake-${ownRef.id}`), firstContactTask(ownerUid, ownRef.id, request.actor, at));
  }
  await batch.commit();
}
