// Importing candidates from the pilot's CSV export. The decisions per row are pure
// (planPilotImport in @koers/domain); this module loads what they need and writes the result.
import { createHash } from 'node:crypto';
import {
  candidateSchema,
  planPilotImport,
  userAccessSchema,
  type Candidate,
  type ImportPilotCandidatesInput,
  type ImportRowOutcome,
  type PlannedWrite,
} from '@koers/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';

export interface ImportResult {
  committed: boolean;
  outcomes: ImportRowOutcome[];
  counts: Record<ImportRowOutcome['action'], number>;
}

/**
 * Id of a dossier created by import: derived from region and e-mail, so two imports of the same
 * file running at once write the same document instead of two dossiers.
 */
export function importedCandidateId(regionId: string, email: string): string {
  return `imp-${createHash('sha256').update(`${regionId}:${email.toLowerCase()}`).digest('hex').slice(0, 20)}`;
}

async function requireStaff(db: Firestore, uid: string, regionId: string): Promise<void> {
  const snapshot = await db.doc(`users/${uid}`).get();
  const access = snapshot.exists ? userAccessSchema.safeParse(fromFirestoreData(snapshot.data())) : null;
  if (!access?.success || !access.data.staffRegionIds.includes(regionId)) {
    throw new HttpsError('permission-denied', 'Only coordinators and advisers of the region import candidates.', { reason: 'not_allowed' });
  }
}

/** Identity fields of every dossier in the region (home or shared), for duplicate detection. */
async function regionIdentities(db: Firestore, regionId: string) {
  const snapshot = await db
    .collection('candidates')
    .where('regionIds', 'array-contains', regionId)
    .select('name', 'email', 'phone', 'birthDate', 'postcode')
    .get();
  return snapshot.docs.map((doc) => ({
    id: doc.id,
    name: String(doc.get('name') ?? ''),
    email: (doc.get('email') as string | null) ?? null,
    phone: (doc.get('phone') as string | null) ?? null,
    birthDate: (doc.get('birthDate') as string | null) ?? null,
    postcode: (doc.get('postcode') as string | null) ?? null,
  }));
}

function notesOf(write: PlannedWrite): string | null {
  const { notes, exitReasonText } = write.candidate;
  const parts = [notes, exitReasonText ? `Reden van uitstroom (pilot): ${exitReasonText}` : null].filter(Boolean);
  return parts.length ? parts.join('\n\n') : null;
}

function newDossier(write: PlannedWrite, regionId: string, actor: string, now: Date): Candidate {
  const { candidate } = write;
  const status = candidate.status ?? 'active';
  return candidateSchema.parse({
    ...candidate.profile,
    phase: candidate.phase ?? 'interest',
    status,
    phaseSince: now,
    exitReason: status === 'exited' ? 'other' : null,
    ownerUid: null,
    homeRegionId: regionId,
    regionIds: [regionId],
    consent: { privacy: true, retainAfterProcess: false, givenAt: now, withdrawnAt: null, source: 'import', shareWithOrganisations: false },
    source: 'import',
    tags: [],
    bottlenecks: [],
    customFields: candidate.customFields,
    notes: notesOf(write),
    lastContactAt: lastContact(write),
    authUid: null,
    introducedOrganisationIds: [],
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
  });
}

function lastContact(write: PlannedWrite): Date | null {
  const dates = write.candidate.interactions.flatMap((interaction) => (interaction.performedAt ? [interaction.performedAt] : [])).sort();
  const latest = dates.at(-1);
  return latest ? new Date(`${latest}T12:00:00Z`) : null;
}

/** On re-import, the pilot's values replace Koers' only where the file has a value. */
function updateOf(write: PlannedWrite, actor: string): Record<string, unknown> {
  const { profile, phase, status, customFields } = write.candidate;
  const update: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(profile)) {
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    if (!empty && field !== 'email') update[field] = value;
  }
  if (phase && status) Object.assign(update, { phase, status });
  for (const [name, value] of Object.entries(customFields)) update[`customFields.${name}`] = value;
  const notes = notesOf(write);
  if (notes) update.notes = notes;
  return { ...update, updatedAt: FieldValue.serverTimestamp(), updatedBy: actor };
}

async function commit(db: Firestore, regionId: string, actor: string, now: Date, writes: PlannedWrite[]): Promise<void> {
  const writer = db.bulkWriter();
  const raced: PlannedWrite[] = [];
  for (const write of writes) {
    if (write.existingId) {
      void writer.update(db.doc(`candidates/${write.existingId}`), updateOf(write, actor));
      continue;
    }
    const ref = db.doc(`candidates/${importedCandidateId(regionId, write.candidate.profile.email ?? '')}`);
    // create() fails when a concurrent import made this dossier first; it is updated below.
    writer.create(ref, newDossier(write, regionId, actor, now)).catch(() => raced.push(write));
    write.candidate.interactions.forEach((interaction, index) => {
      // Deterministic ids: importing the same file again rewrites, never adds.
      void writer.set(ref.collection('interactions').doc(`import-${index + 1}`), {
        kind: interaction.kind,
        summary: interaction.summary,
        notes: interaction.notes,
        performedAt: interaction.performedAt ? new Date(`${interaction.performedAt}T12:00:00Z`) : now,
        durationMinutes: interaction.durationMinutes,
        regionId,
        organisationId: null,
        authorUid: actor,
        authorName: interaction.performedByName ?? 'Import uit pilot',
        createdAt: now,
      });
    });
  }
  await writer.close();
  if (raced.length === 0) return;
  const retry = db.bulkWriter();
  for (const write of raced) {
    void retry.update(db.doc(`candidates/${importedCandidateId(regionId, write.candidate.profile.email ?? '')}`), updateOf(write, actor));
  }
  await retry.close();
}

export async function importPilotCandidates(services: Services, actor: string, input: ImportPilotCandidatesInput): Promise<ImportResult> {
  const { db } = services;
  await requireStaff(db, actor, input.regionId);
  const { outcomes, writes } = planPilotImport(input.rows, await regionIdentities(db, input.regionId));
  const counts = { create: 0, update: 0, invalid: 0, duplicate_in_file: 0, possible_duplicate: 0 };
  for (const outcome of outcomes) counts[outcome.action] += 1;

  if (input.commit && writes.length > 0) await commit(db, input.regionId, actor, services.now(), writes);
  logEvent('pilot_import.done', { regionId: input.regionId, committed: input.commit, rows: input.rows.length, ...counts });
  return { committed: input.commit, outcomes, counts };
}
