import {
  activitySchema,
  candidateIndexEntrySchema,
  candidateSchema,
  normalizeEmail,
  recount,
  messageSchema,
  registrationSchema,
  threadSchema,
  userAccessSchema,
  vacancySchema,
  type Candidate,
} from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoCandidateId } from './accounts.js';
import { baseDate, buildSeed } from './build.js';

const seed = buildSeed();
const docs = [...seed.network, ...seed.projections, ...seed.candidates];
const at = (path: string) => docs.find((doc) => doc.path === path)?.data;
const candidates = seed.candidates
  .filter((doc) => /^candidates\/[^/]+$/.test(doc.path))
  .map((doc) => ({ id: doc.path.split('/')[1]!, candidate: candidateSchema.parse(doc.data) }));

describe('the demo seed', () => {
  it('is the same on every run', () => {
    expect(JSON.stringify(buildSeed())).toBe(JSON.stringify(seed));
  });

  it('has the four pilot regions, about 60 organisations, 15 programmes and 400 candidates', () => {
    expect(seed.network.filter((doc) => /^regions\/[^/]+$/.test(doc.path)).map((doc) => doc.path)).toEqual([
      'regions/nijmegen',
      'regions/midden-brabant',
      'regions/brabant-oost',
      'regions/kennemerland-amsterdam',
    ]);
    expect(seed.summary.organisations).toBeGreaterThanOrEqual(55);
    expect(seed.summary.programmes).toBeGreaterThanOrEqual(14);
    expect(candidates).toHaveLength(400);
    expect(seed.network.filter((doc) => doc.path.includes('/contacts/'))).toHaveLength(seed.summary.organisations! * 2);
  });

  it('stores unique, normalized candidate e-mail addresses (linkCandidateAccount looks them up)', () => {
    const emails = candidates.map(({ candidate }) => candidate.email);
    expect(emails.every((email) => email !== null && email === normalizeEmail(email))).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('spreads candidates over phases and statuses, and has people out of sight for over 30 days', () => {
    const statuses = new Set(candidates.map(({ candidate }) => candidate.status));
    expect([...statuses].sort()).toEqual(['active', 'exited', 'paused', 'started']);
    const active = candidates.filter(({ candidate }) => candidate.status === 'active').length;
    expect(active / candidates.length).toBeGreaterThan(0.55);
    expect(new Set(candidates.map(({ candidate }) => candidate.phase)).size).toBe(5);
    const monthAgo = baseDate.getTime() - 30 * 24 * 60 * 60 * 1000;
    const outOfSight = candidates.filter(({ candidate }) => (candidate.lastContactAt?.getTime() ?? 0) < monthAgo).length;
    expect(outOfSight).toBeGreaterThan(40);
    expect(candidates.some(({ candidate }) => candidate.regionIds.length > 1)).toBe(true);
  });

  it('has an index entry per candidate per region and aggregates equal to a recount of them', () => {
    for (const regionId of ['nijmegen', 'midden-brabant', 'brabant-oost', 'kennemerland-amsterdam']) {
      const listed = candidates.filter(({ candidate }) => candidate.regionIds.includes(regionId));
      const entries = seed.projections.filter((doc) => doc.path.startsWith(`regions/${regionId}/candidateIndex/`));
      expect(entries.map((doc) => doc.path.split('/').at(-1)).sort()).toEqual(listed.map(({ id }) => id).sort());
      for (const entry of entries) candidateIndexEntrySchema.parse(entry.data);
      const aggregate = at(`regions/${regionId}/aggregates/current`) as { counts: Record<string, number> };
      expect(aggregate.counts).toEqual(recount(listed.map(({ candidate }) => candidate)));
    }
  });

  it('makes every candidate owned by staff of their home region, or by nobody', () => {
    const staff = (regionId: string) =>
      demoAccounts.filter((account) => account.regionId === regionId && ['adviser', 'coordinator'].includes(account.role)).map((account) => account.uid);
    for (const { candidate } of candidates) {
      if (candidate.ownerUid) expect(staff(candidate.homeRegionId)).toContain(candidate.ownerUid);
    }
  });

  it('gives every account an access document, and links the candidate account to its dossier both ways', () => {
    for (const account of demoAccounts) {
      const access = userAccessSchema.parse(at(`users/${account.uid}`));
      for (const organisationId of access.organisationIds) {
        const { regionId } = access.organisations[organisationId]!;
        expect(at(`regions/${regionId}/organisations/${organisationId}`), organisationId).toBeDefined();
      }
      for (const [regionId, role] of Object.entries(access.regions)) {
        expect(at(`regions/${regionId}/members/${account.uid}`)).toMatchObject({ role });
      }
    }
    const kandidaat = demoAccounts.find((account) => account.role === 'candidate')!;
    expect(at(`users/${kandidaat.uid}`)).toMatchObject({ candidateId: demoCandidateId });
    const dossier = at(`candidates/${demoCandidateId}`) as Candidate;
    expect(dossier).toMatchObject({ authUid: kandidaat.uid, email: kandidaat.email, homeRegionId: 'nijmegen' });
  });

  it('gives every region published and draft vacancies and activities, with counts the trigger would keep', () => {
    for (const regionId of ['nijmegen', 'midden-brabant', 'brabant-oost', 'kennemerland-amsterdam']) {
      const vacancies = seed.offer.filter((doc) => new RegExp(`^regions/${regionId}/vacancies/[^/]+$`).test(doc.path));
      const activities = seed.offer.filter((doc) => new RegExp(`^regions/${regionId}/activities/[^/]+$`).test(doc.path));
      expect(new Set(vacancies.map((doc) => vacancySchema.parse(doc.data).published))).toEqual(new Set([true, false]));
      expect(new Set(activities.map((doc) => activitySchema.parse(doc.data).published))).toEqual(new Set([true, false]));
      for (const doc of activities) {
        const registrations = seed.offer
          .filter((other) => other.path.startsWith(`${doc.path}/registrations/`))
          .map((other) => registrationSchema.parse(other.data));
        const taking = registrations.filter((registration) => registration.status === 'registered' || registration.status === 'attended');
        expect(activitySchema.parse(doc.data).registrationCount).toBe(taking.length);
        for (const registration of registrations) {
          expect(candidates.find(({ id }) => id === registration.candidateId)?.candidate.regionIds).toContain(regionId);
        }
      }
    }
  });
  it('has demo threads whose counters are what the message trigger would keep, one message waiting for the candidate', () => {
    const threads = seed.messaging.filter((doc) => /^threads\/[^/]+$/.test(doc.path));
    expect(threads.length).toBe(2);
    for (const doc of threads) {
      const thread = threadSchema.parse(doc.data);
      const messages = seed.messaging
        .filter((item) => item.path.startsWith(`${doc.path}/messages/`))
        .map((item) => messageSchema.parse(item.data))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      expect(thread.messageCount).toBe(messages.length);
      expect(thread.lastMessage?.at).toEqual(messages.at(-1)!.createdAt);
      for (const uid of thread.participantUids) {
        const readAt = thread.readAt[uid];
        const unread = messages.filter((message) => message.authorUid !== uid && (!readAt || message.createdAt > readAt)).length;
        expect(thread.unread[uid], `${doc.path} unread for ${uid}`).toBe(unread);
      }
      expect(messages.every((message) => message.deliveredAt !== null)).toBe(true);
    }
    const withCandidate = threadSchema.parse(threads.find((doc) => doc.data.includesCandidate === true)!.data);
    const kandidaat = demoAccounts.find((account) => account.role === 'candidate')!;
    expect(withCandidate.candidateId).toBe(demoCandidateId);
    expect(withCandidate.unread[kandidaat.uid]).toBe(1);
    const stakeholders = threadSchema.parse(threads.find((doc) => doc.data.includesCandidate === false)!.data);
    expect(stakeholders.participantUids).not.toContain(kandidaat.uid);
    expect(seed.messaging.some((doc) => doc.path.startsWith(`candidates/${demoCandidateId}/audit/thread-`))).toBe(true);
  });
});
