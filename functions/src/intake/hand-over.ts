// Following (or dismissing) a dossier's routing suggestion: the candidate lives in another
// region's service area, so that region's desk takes over. The dossier moves as a whole; no
// copy is made, and the old region keeps no access (share no more than needed).
import { auditEntrySchema, intakeRoutingSchema, regionSettingsSchema, userAccessSchema, type HandOverCandidateInput } from '@koers/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { appUrl } from '../matching/app-url.js';
import { readRecipients, writeNotification, type NotificationDraft } from '../notifications/notify.js';

export interface HandOverResult {
  candidateId: string;
  action: HandOverCandidateInput['action'];
  /** The dossier's home region afterwards. */
  homeRegionId: string;
}

async function staffRegionsOf(db: Firestore, uid: string): Promise<string[]> {
  const snapshot = await db.doc(`users/${uid}`).get();
  const access = snapshot.exists ? userAccessSchema.safeParse(fromFirestoreData(snapshot.data())) : null;
  return access?.success ? access.data.staffRegionIds : [];
}

/** The receiving desk's notice: where the candidate lives, no more; the dossier link is the message. */
export function handoverDraft(regionId: string, candidateId: string, municipality: string, base: string): NotificationDraft {
  const link = `/kandidaten/${candidateId}`;
  const body = `Een kandidaat uit ${municipality} is door een andere regio aan jullie overgedragen.`;
  return {
    kind: 'handover',
    title: 'Kandidaat overgedragen aan jouw regio',
    body,
    link,
    mail: { subject: 'Een kandidaat overgedragen aan jouw regio', text: `${body}\n\nBekijk het dossier in Koers: ${base.replace(/\/+$/, '')}${link}` },
    regionId,
    candidateId,
  };
}

export async function handOverCandidate(services: Services, actor: string, input: HandOverCandidateInput): Promise<HandOverResult> {
  const { db } = services;
  const staffRegions = await staffRegionsOf(db, actor);
  const candidateRef = db.collection('candidates').doc(input.candidateId);

  const result = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(candidateRef);
    if (!snapshot.exists) throw new HttpsError('not-found', `No dossier ${input.candidateId}.`);
    const homeRegionId = String(snapshot.get('homeRegionId'));
    // The home region decides where its candidate is helped; shared-with regions do not.
    if (!staffRegions.includes(homeRegionId)) {
      throw new HttpsError('permission-denied', 'Only staff of the dossier’s home region hand it over.', { reason: 'not_allowed' });
    }
    if (input.fromRegionId && input.fromRegionId !== homeRegionId) {
      throw new HttpsError('failed-precondition', 'The dossier moved to another region meanwhile.', { reason: 'moved' });
    }
    const routing = intakeRoutingSchema.safeParse(fromFirestoreData(snapshot.get('intakeRouting') ?? null));
    if (!routing.success) throw new HttpsError('failed-precondition', 'The dossier has no handover suggestion.', { reason: 'no_suggestion' });
    const { suggestedRegionId, municipality } = routing.data;
    if (suggestedRegionId === homeRegionId) {
      throw new HttpsError('failed-precondition', 'The dossier already belongs to the suggested region.', { reason: 'moved' });
    }
    const now = services.now();
    const auditRef = candidateRef.collection('audit').doc(`handover-${now.getTime()}`);

    if (input.action === 'dismiss') {
      tx.update(candidateRef, { intakeRouting: null, updatedAt: FieldValue.serverTimestamp(), updatedBy: actor });
      tx.set(
        auditRef,
        auditEntrySchema.parse({ action: 'handover', actor, at: now, changedFields: ['intakeRouting'], from: { suggestedRegionId, municipality, dismissed: true }, to: null }),
      );
      return { candidateId: input.candidateId, action: input.action, homeRegionId };
    }

    const target = await tx.get(db.collection('regions').doc(suggestedRegionId));
    if (!target.exists) throw new HttpsError('failed-precondition', 'The suggested region does not exist.', { reason: 'unknown_region' });
    const settings = regionSettingsSchema.safeParse(fromFirestoreData(target.get('settings')));
    const ownerUid = (settings.success ? settings.data.intakeOwnerUid : null) ?? null;
    const recipients = await readRecipients(tx, db, ownerUid ? [ownerUid] : []);
    tx.update(candidateRef, {
      homeRegionId: suggestedRegionId,
      regionIds: [suggestedRegionId],
      ownerUid,
      intakeRouting: null,
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: actor,
    });
    tx.set(
      auditRef,
      auditEntrySchema.parse({
        action: 'handover',
        actor,
        at: now,
        changedFields: ['homeRegionId', 'intakeRouting', 'ownerUid', 'regionIds'],
        from: { regionId: homeRegionId, ownerUid: snapshot.get('ownerUid') ?? null },
        to: { regionId: suggestedRegionId, ownerUid, municipality },
      }),
    );
    const owner = ownerUid ? recipients.get(ownerUid) : undefined;
    if (owner) {
      // The receiving desk's intake owner hears of it, in the app and by mail as they prefer.
      writeNotification(tx, db, owner, `handover-${input.candidateId}-${now.getTime()}`, handoverDraft(suggestedRegionId, input.candidateId, municipality, appUrl()), now);
    }
    return { candidateId: input.candidateId, action: input.action, homeRegionId: suggestedRegionId };
  });
  // The region indexes follow through onCandidateWritten (the old entry is removed there).
  logEvent('candidates.handover', { candidateId: result.candidateId, action: result.action, homeRegionId: result.homeRegionId });
  return result;
}
