// proposeMatch, the organisation's answers and updateMatchStatus: a proposal creates the match,
// the organisation's introduction (the profile only), the audit entry, the journey move and the
// notices in one go; each status change, whoever makes it, is carried once to the match, the
// dossier and the adviser.
import { auditEntrySchema, candidateSchema, introductionSchema, mailSchema, matchSchema, notificationSchema, type Match } from '@koers/domain';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyIntroductionChange } from '../../functions/src/matching/introduction-effects.js';
import { mailId } from '../../functions/src/notifications/notify.js';
import { adminDb, clearEmulators, expectCallError, makeCandidate, plain, signIn, waitFor as waitForWithin, type Client } from './helpers.js';
import { buildWorld, emails, otherRegion, region, type World } from './matching-world.js';

// Triggers run in the Functions emulator's workers; on a busy 2-core machine they can take a while.
vi.setConfig({ testTimeout: 90_000 });
const waitFor = <T>(probe: () => Promise<T | null | undefined | false>, what: string) => waitForWithin(probe, what, 60_000);

let world: World;
let adviser: Client;
let hr: Client;
let training: Client;
let director: Client;
let otherAdviser: Client;

const candidate = (overrides: Parameters<typeof makeCandidate>[0] = {}) =>
  makeCandidate({
    name: 'Sanne de Vries',
    email: 'sanne@example.nl',
    phone: '06-11112222',
    notes: 'Vertrouwelijke notitie van de adviseur',
    motivation: 'Ik wil graag voor de klas.',
    place: 'Nijmegen',
    phase: 'decision',
    sectors: ['po'],
    functions: ['teacher'],
    qualifications: ['pabo'],
    subjects: [],
    regionIds: [region],
    homeRegionId: region,
    ...overrides,
  });

const matchOf = async (matchId: string): Promise<Match> => matchSchema.parse(plain((await adminDb.doc(`regions/${region}/matches/${matchId}`).get()).data()));
const dossier = async (candidateId: string) => candidateSchema.parse(plain((await adminDb.doc(`candidates/${candidateId}`).get()).data()));
const introductionPath = (organisationId: string, matchId: string) => `regions/${region}/organisations/${organisationId}/introductions/${matchId}`;
const auditIds = async (candidateId: string, prefix: string) =>
  (await adminDb.collection(`candidates/${candidateId}/audit`).get()).docs.map((entry) => entry.id).filter((id) => id.startsWith(prefix));

async function propose(candidateId: string, target: Record<string, string>): Promise<string[]> {
  const { matchIds } = await adviser.call<{ matchIds: string[] }>('proposeMatch', { regionId: region, candidateId, ...target });
  return matchIds;
}

beforeAll(async () => {
  await clearEmulators();
  world = await buildWorld();
  await Promise.all([
    adminDb.doc('candidates/sanne').set(candidate()),
    adminDb.doc('candidates/private').set(candidate({ name: 'Piet Privé', consent: { ...candidate().consent, shareWithOrganisations: false } })),
    adminDb.doc('candidates/paused').set(candidate({ name: 'Paula Pauze', status: 'paused' })),
    adminDb.doc('candidates/ruben').set(candidate({ name: 'Ruben Jansen', phase: 'matching' })),
    adminDb.doc('candidates/tessa').set(candidate({ name: 'Tessa Bakker', phase: 'matching' })),
  ]);
  [adviser, hr, training, director, otherAdviser] = await Promise.all([
    signIn(emails.adviser),
    signIn(emails.hr),
    signIn(emails.training),
    signIn(emails.director),
    signIn(emails.otherAdviser),
  ]);
});

afterAll(async () => {
  await Promise.all([adviser, hr, training, director, otherAdviser].map((client) => client?.close()));
});

describe('proposing a candidate', () => {
  let schoolMatchId: string;
  let programmeMatchId: string;

  it('creates a match per organisation: the vacancy’s school and the programme’s institute', async () => {
    const matchIds = await propose('sanne', { vacancyId: 'v-po', programmeId: 'pabo', note: 'Sterke kandidaat voor groep 5.' });
    expect(matchIds).toHaveLength(2);
    [schoolMatchId, programmeMatchId] = matchIds as [string, string];
    const school = await matchOf(schoolMatchId);
    expect(school).toMatchObject({
      candidateId: 'sanne',
      candidateName: 'Sanne de Vries',
      targetKind: 'school',
      organisationId: 'klimop',
      organisationName: 'Kindcentrum De Klimop',
      vacancyId: 'v-po',
      vacancyTitle: 'Leerkracht groep 5',
      programmeId: null,
      status: 'proposed',
      note: 'Sterke kandidaat voor groep 5.',
      proposedBy: world.adviserUid,
      proposedByName: 'Eva Adviseur',
    });
    expect(school.score).toBeGreaterThan(0);
    expect(school.reasons.length).toBeGreaterThan(0);
    expect(school.steps).toEqual([expect.objectContaining({ status: 'proposed', by: world.adviserUid })]);
    expect(await matchOf(programmeMatchId)).toMatchObject({ targetKind: 'programme', organisationId: 'han', programmeId: 'pabo', programmeName: 'Deeltijd pabo', vacancyId: null });
  });

  it('the organisation’s introduction holds the introduction profile only: no surname, e-mail, phone or notes', async () => {
    const snapshot = await adminDb.doc(introductionPath('klimop', schoolMatchId)).get();
    const introduction = introductionSchema.parse(plain(snapshot.data()));
    expect(Object.keys(snapshot.data() ?? {}).sort()).toEqual(Object.keys(introductionSchema.shape).sort());
    expect(introduction.profile).toEqual({
      firstName: 'Sanne',
      place: 'Nijmegen',
      sectors: ['po'],
      functions: ['teacher'],
      subjects: [],
      qualifications: ['pabo'],
      priorEducation: 'hbo_bachelor',
      motivation: 'Ik wil graag voor de klas.',
    });
    expect(introduction).toMatchObject({ status: 'proposed', adviserName: 'Eva Adviseur', adviserEmail: emails.adviser, vacancyTitle: 'Leerkracht groep 5' });
    const raw = JSON.stringify(snapshot.data());
    for (const secret of ['sanne@example.nl', '06-11112222', 'Vertrouwelijke', 'de Vries', 'candidateId']) expect(raw).not.toContain(secret);
    expect((await adminDb.doc(introductionPath('han', programmeMatchId)).get()).exists).toBe(true);
  });

  it('audits the proposal, opens the dossier to both organisations and moves the journey to matching', async () => {
    const audit = auditEntrySchema.parse(plain((await adminDb.doc(`candidates/sanne/audit/match-${schoolMatchId}-proposed`).get()).data()));
    expect(audit).toMatchObject({ action: 'match', actor: world.adviserUid, changedFields: ['matches'], from: null });
    expect(audit.to).toEqual({ matchId: schoolMatchId, status: 'proposed', organisationName: 'Kindcentrum De Klimop', vacancyTitle: 'Leerkracht groep 5', programmeName: null });
    const sanne = await dossier('sanne');
    expect(sanne.introducedOrganisationIds.sort()).toEqual(['han', 'klimop']);
    expect(sanne).toMatchObject({ phase: 'matching', updatedBy: world.adviserUid });
    // onCandidateWritten records the journey move with the adviser as actor.
    await waitFor(async () => {
      const entries = await adminDb.collection('candidates/sanne/audit').where('action', '==', 'update').get();
      return entries.docs.some((entry) => entry.get('to')?.phase === 'matching' && entry.get('actor') === world.adviserUid);
    }, 'the audited phase move');
  });

  it('tells the school’s HR and the institute’s training staff, in the app and by mail, without the full name', async () => {
    const notice = notificationSchema.parse(plain((await adminDb.doc(`users/${world.hrUid}/notifications/match-${schoolMatchId}`).get()).data()));
    expect(notice).toMatchObject({ kind: 'match', link: '/organisatie', read: false });
    expect(notice.body).toContain('Sanne');
    expect(`${notice.title} ${notice.body}`).not.toContain('de Vries');
    expect((await adminDb.doc(`users/${world.trainingUid}/notifications/match-${programmeMatchId}`).get()).exists).toBe(true);
    expect((await adminDb.doc(`users/${world.trainingUid}/notifications/match-${schoolMatchId}`).get()).exists).toBe(false);
    // One mail per recipient, as their delivery preference says (notify.ts).
    const mail = mailSchema.parse(plain((await adminDb.doc(`mail/${mailId(world.hrUid, `match-${schoolMatchId}`, notice.createdAt)}`).get()).data()));
    expect(mail.toUids).toEqual([world.hrUid]);
    expect(mail.meta).toMatchObject({ kind: 'match.introduced', regionId: region });
    expect(mail.message.text).not.toContain('de Vries');
  });

  it('refuses a second open proposal of the same candidate to the same vacancy', async () => {
    const error = await expectCallError(propose('sanne', { vacancyId: 'v-po' }), 'failed-precondition');
    expect(error.details).toEqual({ reason: 'duplicate' });
  });

  it('refuses without consent to share with organisations, with a Dutch and English message', async () => {
    const error = await expectCallError(propose('private', { schoolId: 'klimop' }), 'failed-precondition');
    expect(error.details).toEqual({ reason: 'no_consent' });
    expect(error.message).toMatch(/toestemming/);
    expect(await adminDb.collection(`regions/${region}/matches`).where('candidateId', '==', 'private').get()).toHaveProperty('size', 0);
  });

  it('refuses a candidate who is not active', async () => {
    const error = await expectCallError(propose('paused', { schoolId: 'klimop' }), 'failed-precondition');
    expect(error.details).toEqual({ reason: 'not_active' });
  });

  it('refuses a vacancy of another school, another region’s vacancy, and unknown targets', async () => {
    expect((await expectCallError(propose('ruben', { schoolId: 'lyceum', vacancyId: 'v-po' }), 'failed-precondition')).details).toEqual({ reason: 'vacancy_mismatch' });
    expect((await expectCallError(propose('ruben', { vacancyId: 'v-arnhem' }), 'failed-precondition')).details).toEqual({ reason: 'unknown_target' });
    expect((await expectCallError(propose('ruben', { schoolId: 'rijn' }), 'failed-precondition')).details).toEqual({ reason: 'unknown_target' });
    expect((await expectCallError(propose('ruben', { schoolId: 'han' }), 'failed-precondition')).details).toEqual({ reason: 'not_a_school' });
    expect((await dossier('ruben')).introducedOrganisationIds).toEqual([]);
  });

  it('only the region’s staff propose: HR, directors and another region’s adviser are refused', async () => {
    for (const client of [hr, director, otherAdviser]) {
      await expectCallError(client.call('proposeMatch', { regionId: region, candidateId: 'ruben', schoolId: 'klimop' }), 'permission-denied');
    }
    await expectCallError(otherAdviser.call('proposeMatch', { regionId: otherRegion, candidateId: 'ruben', schoolId: 'rijn' }), 'failed-precondition');
  });

  describe('the organisation answers in its introduction', () => {
    it('HR accepts: the match, its steps, the audit trail and the adviser follow', async () => {
      await updateDoc(doc(hr.firestore, introductionPath('klimop', schoolMatchId)), {
        status: 'accepted',
        response: 'Graag kennismaken!',
        respondedAt: serverTimestamp(),
        respondedBy: world.hrUid,
      });
      const match = await waitFor(async () => {
        const current = await matchOf(schoolMatchId);
        return current.status === 'accepted' ? current : null;
      }, 'the accepted match');
      expect(match).toMatchObject({ response: 'Graag kennismaken!', updatedBy: world.hrUid });
      expect(match.steps.map((step) => step.status)).toEqual(['proposed', 'accepted']);
      expect(match.steps[1]).toMatchObject({ by: world.hrUid, note: 'Graag kennismaken!' });
      const audit = await auditIds('sanne', `match-${schoolMatchId}-accepted-`);
      expect(audit).toHaveLength(1);
      const notice = await waitFor(async () => {
        const notices = await adminDb.collection(`users/${world.adviserUid}/notifications`).get();
        return notices.docs.find((entry) => entry.id.startsWith(`match-${schoolMatchId}-accepted-`)) ?? null;
      }, 'the adviser’s notice');
      expect(notice.get('body')).toContain('Kindcentrum De Klimop heeft Sanne geaccepteerd.');
      const createdAt = (notice.get('createdAt') as { toDate(): Date }).toDate();
      expect((await adminDb.doc(`mail/${mailId(world.adviserUid, notice.id, createdAt)}`).get()).get('toUids')).toEqual([world.adviserUid]);
    });

    it('a status change is carried once, however often its event is delivered', async () => {
      const [matchId] = await propose('tessa', { schoolId: 'klimop' });
      const before = (await adminDb.doc(introductionPath('klimop', matchId!)).get()).data()!;
      const after = { ...before, status: 'conversation_requested', response: 'Wanneer kan ze?', respondedBy: world.hrUid, respondedAt: new Date() };
      const change = { regionId: region, organisationId: 'klimop', matchId: matchId!, before, after, updateTime: new Date('2026-11-30T12:00:00.123Z') };
      const outcomes = [await applyIntroductionChange(adminDb, change, new Date()), await applyIntroductionChange(adminDb, change, new Date())];
      expect(outcomes).toEqual(['applied', 'already_applied']);
      expect(await auditIds('tessa', `match-${matchId}-conversation_requested-`)).toEqual([`match-${matchId}-conversation_requested-${change.updateTime.getTime()}`]);
      expect((await matchOf(matchId!)).steps.map((step) => step.status)).toEqual(['proposed', 'conversation_requested']);
    });
  });

  describe('the adviser records a step', () => {
    it('is refused when the status changed since the adviser looked', async () => {
      const error = await expectCallError(
        adviser.call('updateMatchStatus', { regionId: region, matchId: schoolMatchId, status: 'interview_planned', expectedStatus: 'proposed' }),
        'failed-precondition',
      );
      expect(error.details).toEqual({ reason: 'changed' });
      expect((await matchOf(schoolMatchId)).status).toBe('accepted');
    });

    it('a decline needs a reason', async () => {
      const error = await expectCallError(
        adviser.call('updateMatchStatus', { regionId: region, matchId: programmeMatchId, status: 'declined', expectedStatus: 'proposed' }),
        'failed-precondition',
      );
      expect(error.details).toEqual({ reason: 'reason_required' });
    });

    it('HR and directors cannot use it', async () => {
      for (const client of [hr, director]) {
        await expectCallError(client.call('updateMatchStatus', { regionId: region, matchId: schoolMatchId, status: 'contract', expectedStatus: 'accepted' }), 'permission-denied');
      }
    });

    it('a contract moves the candidate to preparation', async () => {
      await adviser.call('updateMatchStatus', { regionId: region, matchId: schoolMatchId, status: 'contract', expectedStatus: 'accepted', note: 'Contract getekend.' });
      await waitFor(async () => (await matchOf(schoolMatchId)).status === 'contract', 'the match at contract');
      const sanne = await waitFor(async () => {
        const current = await dossier('sanne');
        return current.phase === 'preparation' ? current : null;
      }, 'Sanne in preparation');
      expect(sanne).toMatchObject({ status: 'active', updatedBy: world.adviserUid });
      const introduction = introductionSchema.parse(plain((await adminDb.doc(introductionPath('klimop', schoolMatchId)).get()).data()));
      expect(introduction).toMatchObject({ status: 'contract', respondedBy: world.adviserUid });
    });

    it('started makes the candidate’s outcome started, and the match is closed after', async () => {
      await adviser.call('updateMatchStatus', { regionId: region, matchId: schoolMatchId, status: 'started', expectedStatus: 'contract' });
      await waitFor(async () => (await dossier('sanne')).status === 'started', 'Sanne started');
      const match = await waitFor(async () => {
        const current = await matchOf(schoolMatchId);
        return current.status === 'started' ? current : null;
      }, 'the match at started');
      expect(match.steps.map((step) => step.status)).toEqual(['proposed', 'accepted', 'contract', 'started']);
      const error = await expectCallError(
        adviser.call('updateMatchStatus', { regionId: region, matchId: schoolMatchId, status: 'withdrawn', expectedStatus: 'started' }),
        'failed-precondition',
      );
      expect(error.details).toEqual({ reason: 'closed' });
    });

    it('the adviser may withdraw an open proposal', async () => {
      await adviser.call('updateMatchStatus', { regionId: region, matchId: programmeMatchId, status: 'withdrawn', expectedStatus: 'proposed', note: 'Kiest voor een andere opleiding.' });
      await waitFor(async () => (await matchOf(programmeMatchId)).status === 'withdrawn', 'the withdrawn match');
    });
  });
});
