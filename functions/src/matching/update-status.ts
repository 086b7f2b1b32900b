// `updateMatchStatus`: the adviser records a step (an outcome) or withdraws. The new status is
// written into the introduction, as the organisation's own answers are, so onIntroductionWritten
// carries it to the match, the dossier and the journey: one code path for the effects.
import { closedMatchStatuses, introductionSchema, matchSchema, type MatchStatus, type UpdateMatchStatusInput } from '@koers/domain';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { readAccess, requireStaffOf } from './access.js';

export interface UpdateMatchStatusResult {
  matchId: string;
  status: MatchStatus;
}

function refuse(reason: string, message: string): never {
  throw new HttpsError('failed-precondition', message, { reason });
}

export async function updateMatchStatus(services: Services, actor: string, input: UpdateMatchStatusInput): Promise<UpdateMatchStatusResult> {
  const { db } = services;
  requireStaffOf(await readAccess(db, actor), input.regionId);
  const note = input.note ? input.note : null;
  if (input.status === 'declined' && !note) refuse('reason_required', 'Geef een reden bij een afwijzing. / A decline needs a reason.');
  const matchRef = db.collection('regions').doc(input.regionId).collection('matches').doc(input.matchId);

  await db.runTransaction(async (tx) => {
    const matchSnap = await tx.get(matchRef);
    if (!matchSnap.exists) throw new HttpsError('not-found', `No match ${input.matchId} in ${input.regionId}.`);
    const match = matchSchema.parse(fromFirestoreData(matchSnap.data()));
    const introductionRef = db
      .collection('regions')
      .doc(input.regionId)
      .collection('organisations')
      .doc(match.organisationId)
      .collection('introductions')
      .doc(input.matchId);
    const introductionSnap = await tx.get(introductionRef);
    if (!introductionSnap.exists) refuse('no_introduction', 'The organisation’s introduction is gone.');
    const introduction = introductionSchema.parse(fromFirestoreData(introductionSnap.data()));
    // The introduction is written first (by the organisation or here), so it is the current status.
    const closed: readonly MatchStatus[] = closedMatchStatuses;
    if (closed.includes(introduction.status) || closed.includes(match.status)) refuse('closed', 'This match is closed.');
    if (introduction.status !== input.expectedStatus) {
      refuse('changed', `The match changed meanwhile: it is now ${introduction.status}.`);
    }
    if (introduction.status === input.status) refuse('unchanged', `The match is already ${input.status}.`);
    const now = services.now();
    tx.update(introductionRef, {
      status: input.status,
      response: note ?? introduction.response,
      plannedAt: input.plannedAt === undefined ? introduction.plannedAt : input.plannedAt === null ? null : new Date(input.plannedAt),
      respondedAt: now,
      respondedBy: actor,
    });
  });
  logEvent('matching.status_set_by_adviser', { regionId: input.regionId, matchId: input.matchId, status: input.status });
  return { matchId: input.matchId, status: input.status };
}
