// Following (or dismissing) a dossier's routing suggestion: the candidate lives in another
// region's service area, so that region's desk takes over. The dossier moves as a whole; no
// copy is made, and the old region keeps no access (share no more than needed).
import { auditEntrySchema, intakeRoutingSchema, notificationSchema, regionSettingsSchema, userAccessSchema, type HandOverCandidateInput } from '@koers/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';

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
    if (ownerUid) {
      // The receiving desk's intake owner hears of it in the app; the dossier link is the message.
      tx.set(db.collection('users').doc(ownerUid).collection('notifications').doc(`handover-${input.candidateId}-${now.getTime()}`), notificationSchema.parse({
        kind: 'handover',
        title: 'Kandidaat overgedragen aan jouw regio',
        body: `Een kandidaat uit ${municipality} is door een andere regio aan jullie overgedragen.`,
        link: `/kandidaten/${input.candidateId}`,
        read: false,
        createdAt: now,
      }));
    }
    return { candidateId: input.candidateId, action: input.action, homeRegionId: suggestedRegionId };
  });
  // The region indexes follow through onCandidateWritten (the old entry is removed there).
  logEvent('candidates.handover', { candidateId: result.candidateId, action: result.action, homeRegionId: result.homeRegionId });
  return result;
}
