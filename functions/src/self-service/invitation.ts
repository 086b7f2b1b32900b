// The invitation to self-service: a mail (Trigger Email `mail` document) asking the candidate
// to sign in at /mijn/inloggen with the address it was sent to. Queued once when a dossier
// with an e-mail address, consent and no account is created (not by a pilot import), and again on
// request by staff (inviteCandidate). The body names no personal data but the first name.
import { candidateSchema, type Candidate, type Mail } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { appUrl } from '../matching/app-url.js';
import { readAccess } from '../matching/access.js';

export const invitationMailKind = 'candidate_invite';

/** The invitation queued when the dossier is created: one per dossier, however often the trigger runs. */
export function creationInvitationId(candidateId: string): string {
  return `candidate-invite-${candidateId}`;
}

/** An invitation sent again by staff: one per request. */
export function resentInvitationId(candidateId: string, at: Date): string {
  return `candidate-invite-${candidateId}-${at.getTime()}`;
}

export interface InvitationRegion {
  id: string;
  /** The desk's name as it signs its mails (settings.senderName, else the region's name). */
  sender: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** The invitation mail. Pure. */
export function invitationMail(region: InvitationRegion, candidate: { id: string; name: string; email: string }, origin: string, at: Date): Mail {
  const firstName = candidate.name.trim().split(/\s+/)[0] ?? '';
  const link = `${origin.replace(/\/+$/, '')}/mijn/inloggen`;
  const lines = [
    firstName ? `Beste ${firstName},` : 'Beste,',
    `${region.sender} helpt je bij je overstap naar het onderwijs. Op je eigen pagina zie je je route en je volgende stappen, vind je activiteiten en zie je wie je helpt. Je kunt er ook je gegevens bekijken en je toestemming regelen.`,
    `Log in op ${link} met het e-mailadres waarop je deze e-mail ontvangt. Je krijgt dan een inloglink; een wachtwoord heb je niet nodig.`,
    'Heb je vragen? Antwoord dan op deze e-mail.',
    `Met vriendelijke groet,\n${region.sender}`,
  ];
  return {
    to: [candidate.email],
    message: {
      subject: `Je eigen pagina bij ${region.sender}`,
      text: lines.join('\n\n'),
      html: lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join(''),
    },
    meta: { kind: invitationMailKind, regionId: region.id, candidateId: candidate.id, createdAt: at },
  };
}

async function invitationRegion(db: Firestore, regionId: string): Promise<InvitationRegion> {
  const snapshot = await db.collection('regions').doc(regionId).get();
  const name = (snapshot.get('name') as string | undefined) ?? 'Regioloket';
  const sender = (snapshot.get('settings.senderName') as string | undefined) || name;
  return { id: regionId, sender };
}

/** Creates `mail/{mailId}` unless it exists (a re-run must not reset a delivered mail). */
async function queueMail(db: Firestore, mailId: string, mail: Mail): Promise<'queued' | 'exists'> {
  try {
    await db.collection('mail').doc(mailId).create(mail);
    return 'queued';
  } catch (error) {
    if ((error as { code?: unknown }).code === 6 /* ALREADY_EXISTS */) return 'exists';
    throw error;
  }
}

export type InvitationOutcome = 'queued' | 'exists' | 'not_needed';

/** For the candidate trigger: invites a new dossier's candidate once, if they have an address and no account yet. */
export async function inviteOnCreate(db: Firestore, candidateId: string, before: unknown, after: unknown, at: Date): Promise<InvitationOutcome> {
  if (before || !after) return 'not_needed';
  const parsed = candidateSchema.safeParse(after);
  if (!parsed.success) return 'not_needed';
  const candidate: Candidate = parsed.data;
  if (!candidate.email || candidate.authUid) return 'not_needed';
  // Nobody is mailed without their consent to the desk using their data, and a bulk import
  // of the pilot's files is no moment to mail hundreds of people: advisers invite them from
  // the dossier when the time is right.
  if (!candidate.consent.privacy || candidate.source === 'import') return 'not_needed';
  const mail = invitationMail(await invitationRegion(db, candidate.homeRegionId), { id: candidateId, name: candidate.name, email: candidate.email }, appUrl(), at);
  return queueMail(db, creationInvitationId(candidateId), mail);
}

export interface InviteCandidateResult {
  mailId: string;
}

/** `inviteCandidate`: staff of one of the dossier's regions send the invitation (again). */
export async function inviteCandidate(services: Services, actor: string, candidateId: string): Promise<InviteCandidateResult> {
  const { db } = services;
  const [access, snapshot] = await Promise.all([readAccess(db, actor), db.collection('candidates').doc(candidateId).get()]);
  const regionIds = snapshot.exists ? ((snapshot.get('regionIds') as string[] | undefined) ?? []) : [];
  // The same answer for a missing dossier and someone else's, so ids can't be probed.
  if (!access || !regionIds.some((regionId) => access.staffRegionIds.includes(regionId))) {
    throw new HttpsError('permission-denied', 'Only staff of the candidate’s regions do this.', { reason: 'not_allowed' });
  }
  const parsed = candidateSchema.safeParse(fromFirestoreData(snapshot.data()));
  if (!parsed.success) throw new HttpsError('failed-precondition', 'The dossier is not valid.', { reason: 'invalid_candidate' });
  const candidate = parsed.data;
  if (!candidate.email) throw new HttpsError('failed-precondition', 'The dossier has no e-mail address.', { reason: 'no_email' });
  const now = services.now();
  const mailId = resentInvitationId(candidateId, now);
  const mail = invitationMail(await invitationRegion(db, candidate.homeRegionId), { id: candidateId, name: candidate.name, email: candidate.email }, appUrl(), now);
  await queueMail(db, mailId, mail);
  logEvent('self_service.invitation_sent', { candidateId, mailId, by: actor });
  return { mailId };
}
