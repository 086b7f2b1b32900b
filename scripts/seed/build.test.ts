import {
  activitySchema,
  aggregateDocuments,
  aggregatePath,
  aggregateLedgerSchema,
  aggregateSchema,
  candidateFacts,
  candidateIndexEntrySchema,
  candidateSchema,
  candidateViewSchema,
  contributionsOfFacts,
  feedbackSchema,
  feedbackSummarySchema,
  introductionSchema,
  interactionSchema,
  matchFacts,
  matchSchema,
  mergeJourneyStep,
  nextStepSchema,
  normalizeEmail,
  messageSchema,
  registrationFacts,
  registrationSchema,
  sameJourney,
  sumContributions,
  summarizeFeedbackByMonth,
  taskFacts,
  taskSchema,
  threadSchema,
  userAccessSchema,
  vacancySchema,
  type Candidate,
  type LedgerFacts,
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

const regionIds = ['nijmegen', 'midden-brabant', 'brabant-oost', 'kennemerland-amsterdam'];

/** Every source document of a region's aggregates by its ledger id, read back from the seed's documents. */
function sourcesOf(regionId: string): Map<string, LedgerFacts> {
  const sources = new Map<string, LedgerFacts>();
  for (const { id, candidate } of candidates.filter(({ candidate }) => candidate.regionIds.includes(regionId))) {
    sources.set(`candidate-${id}`, candidateFacts(candidate));
  }
  for (const doc of seed.candidates.filter((doc) => doc.path.startsWith(`regions/${regionId}/tasks/`))) {
    sources.set(`task-${doc.path.split('/').at(-1)}`, taskFacts(taskSchema.parse(doc.data)));
  }
  for (const doc of seed.candidates.filter((doc) => new RegExp(`^regions/${regionId}/matches/[^/]+$`).test(doc.path))) {
    sources.set(`match-${doc.path.split('/').at(-1)}`, matchFacts(matchSchema.parse(doc.data)));
  }
  for (const doc of seed.offer.filter((doc) => new RegExp(`^regions/${regionId}/activities/[^/]+/registrations/[^/]+$`).test(doc.path))) {
    const [, , , activityId, , registrationId] = doc.path.split('/');
    const activity = activitySchema.parse(seed.offer.find((other) => other.path === `regions/${regionId}/activities/${activityId}`)!.data);
    sources.set(`registration-${activityId}-${registrationId}`, registrationFacts(registrationSchema.parse(doc.data), activity.kind));
  }
  return sources;
}

describe('the demo seed', () => {
  // Building takes a second or two, longer on a busy machine.
  it('is the same on every run', { timeout: 30_000 }, () => {
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

  it('has an index entry per candidate per region', () => {
    for (const regionId of regionIds) {
      const listed = candidates.filter(({ candidate }) => candidate.regionIds.includes(regionId));
      const entries = seed.projections.filter((doc) => doc.path.startsWith(`regions/${regionId}/candidateIndex/`));
      expect(entries.map((doc) => doc.path.split('/').at(-1)).sort()).toEqual(listed.map(({ id }) => id).sort());
      for (const entry of entries) candidateIndexEntrySchema.parse(entry.data);
    }
  });

  it('gives every dossier a history from its creation that ends in its current state at phaseSince', () => {
    const yearAndAHalf = 550 * 24 * 60 * 60 * 1000;
    for (const { id, candidate } of candidates) {
      const journey = candidate.journey!;
      expect(journey.length, id).toBeGreaterThan(0);
      expect(journey[0]!.at, id).toEqual(candidate.createdAt);
      expect(journey.at(-1), id).toEqual({ phase: candidate.phase, status: candidate.status, exitReason: candidate.exitReason, at: candidate.phaseSince });
      expect(journey[0]!.at.getTime()).toBeGreaterThan(baseDate.getTime() - yearAndAHalf);
      journey.slice(1).forEach((step, i) => {
        expect(step.at.getTime(), id).toBeGreaterThan(journey[i]!.at.getTime());
        expect(step.phase !== journey[i]!.phase || step.status !== journey[i]!.status, id).toBe(true);
      });
      // The candidate trigger merges the state it sees; for a seeded dossier that adds nothing.
      expect(sameJourney(mergeJourneyStep(journey, candidate, baseDate), journey), id).toBe(true);
    }
  });

  it('has histories with pauses, exits with their reasons and starts at a school', () => {
    const steps = candidates.flatMap(({ candidate }) => candidate.journey!);
    expect(candidates.filter(({ candidate }) => candidate.journey!.length >= 5).length).toBeGreaterThan(40);
    expect(steps.filter((step) => step.status === 'paused').length).toBeGreaterThan(20);
    expect(new Set(steps.filter((step) => step.status === 'exited').map((step) => step.exitReason)).size).toBeGreaterThan(4);
    expect(steps.filter((step) => step.status === 'started').length).toBeGreaterThan(20);
    expect(steps.some((step) => step.status === 'exited' && step.phase !== 'interest')).toBe(true);
  });

  it('has enough dossiers in Nijmegen for the dashboard charts of po, vo, mbo and wiskunde', () => {
    const nijmegen = candidates.filter(({ candidate }) => candidate.regionIds.includes('nijmegen')).map(({ candidate }) => candidate);
    expect(nijmegen.length).toBeGreaterThanOrEqual(100);
    for (const sector of ['po', 'vo', 'mbo'] as const) expect(nijmegen.filter((c) => c.sectors.includes(sector)).length, sector).toBeGreaterThanOrEqual(20);
    expect(nijmegen.filter((c) => c.subjects.includes('wiskunde')).length).toBeGreaterThanOrEqual(5);
    expect(new Set(nijmegen.flatMap((c) => c.subjects)).size).toBeGreaterThan(8);
  });

  it('has aggregates equal to the sum of the contributions of the region’s dossiers, tasks, matches and registrations', () => {
    for (const regionId of regionIds) {
      const sources = sourcesOf(regionId);
      expect([...sources.keys()].some((source) => source.startsWith('task-')), regionId).toBe(true);
      expect([...sources.keys()].some((source) => source.startsWith('registration-')), regionId).toBe(true);
      const expected = aggregateDocuments(sumContributions([...sources.values()].map(contributionsOfFacts)), baseDate);
      const written = seed.projections.filter((doc) => doc.path.startsWith(`regions/${regionId}/aggregates/`) || doc.path.startsWith(`regions/${regionId}/aggregateSlices/`));
      expect(written.map((doc) => doc.path).sort()).toEqual(expected.map((doc) => aggregatePath(regionId, doc.period, doc.slice)).sort());
      const byPath = new Map(written.map((doc) => [doc.path, aggregateSchema.parse(doc.data)]));
      expect(expected.map((doc) => byPath.get(aggregatePath(regionId, doc.period, doc.slice)))).toEqual(expected);
    }
    const current = aggregateSchema.parse(at('regions/nijmegen/aggregates/current'));
    expect(current.slices.all!.total).toBe(candidates.filter(({ candidate }) => candidate.regionIds.includes('nijmegen')).length);
    expect(Object.keys(current.slices)).toEqual(['all']);
    for (const slice of ['sector.po', 'subject.wiskunde', 'owner.none']) {
      expect(aggregateSchema.parse(at(aggregatePath('nijmegen', 'current', slice))).slices[slice]!.total, slice).toBeGreaterThan(0);
    }
  });

  it('keeps the facts of every source document in its ledger, and no other ledgers', () => {
    for (const regionId of regionIds) {
      const sources = sourcesOf(regionId);
      const ledgers = seed.projections.filter((doc) => doc.path.startsWith(`regions/${regionId}/aggregateLedger/`));
      expect(ledgers.map((doc) => doc.path.split('/').at(-1)).sort()).toEqual([...sources.keys()].sort());
      for (const doc of ledgers) {
        const ledger = aggregateLedgerSchema.parse(doc.data);
        expect(ledger.facts, doc.path).toEqual(sources.get(doc.path.split('/').at(-1)!));
        expect(ledger.updatedAt).toEqual(baseDate);
      }
    }
  });

  it('writes aggregates and ledgers before the documents they are computed from', () => {
    expect(seed.network.some((doc) => doc.path.includes('/tasks/'))).toBe(false);
    expect(seed.candidates.some((doc) => doc.path.includes('/tasks/'))).toBe(true);
    expect(seed.offer.some((doc) => doc.path.includes('/registrations/'))).toBe(true);
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
  it("has candidates' ratings in every region, summarised per month as the rating trigger counts them", () => {
    for (const regionId of ['nijmegen', 'midden-brabant', 'brabant-oost', 'kennemerland-amsterdam']) {
      const ratings = seed.offer.filter((doc) => new RegExp(`^regions/${regionId}/feedback/[^/]+$`).test(doc.path)).map((doc) => feedbackSchema.parse(doc.data));
      expect(ratings.length, regionId).toBeGreaterThan(5);
      expect(new Set(ratings.map((rating) => rating.subject)), regionId).toEqual(new Set(['conversation', 'activity']));
      for (const rating of ratings) {
        expect(rating.createdAt.getTime()).toBeLessThanOrEqual(baseDate.getTime());
        expect(candidates.find(({ id }) => id === rating.candidateId)?.candidate.regionIds).toContain(regionId);
      }
      const summaries = seed.projections.filter((doc) => doc.path.startsWith(`regions/${regionId}/feedbackSummaries/`));
      expect(summaries.map((doc) => ({ path: doc.path, data: feedbackSummarySchema.parse(doc.data) }))).toEqual(
        summarizeFeedbackByMonth(ratings, baseDate).map((summary) => ({ path: `regions/${regionId}/feedbackSummaries/${summary.month}`, data: summary })),
      );
    }
    // The demo candidate rates yesterday's conversation herself in the demo.
    expect(seed.offer.some((doc) => doc.path.includes('/feedback/') && feedbackSchema.parse(doc.data).candidateId === demoCandidateId)).toBe(false);
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

  describe('the demo candidate’s self-service', () => {
    const kandidaat = demoAccounts.find((account) => account.role === 'candidate')!;
    const adviser = demoAccounts.find((account) => account.role === 'adviser' && account.regionId === 'nijmegen')!;
    const dossier = () => candidateSchema.parse(at(`candidates/${demoCandidateId}`));

    it('is shared with Brabant-Oost with her consent for both regions, and listed in both regions', () => {
      const candidate = dossier();
      expect(candidate.regionIds).toEqual(['nijmegen', 'brabant-oost']);
      expect(candidate.ownerUid).toBe(adviser.uid);
      expect(candidate.consent.regions).toEqual({
        nijmegen: { given: true, at: expect.any(Date) },
        'brabant-oost': { given: true, at: expect.any(Date) },
      });
      expect(candidate.consent.withdrawnRegionIds ?? []).toEqual([]);
      for (const regionId of ['nijmegen', 'brabant-oost']) {
        expect(at(`regions/${regionId}/candidateIndex/${demoCandidateId}`), regionId).toMatchObject({ name: kandidaat.displayName, homeRegionId: 'nijmegen' });
      }
    });

    it('has next steps from her adviser, one of them ticked off by her', () => {
      const steps = seed.candidates
        .filter((doc) => doc.path.startsWith(`candidates/${demoCandidateId}/steps/`))
        .map((doc) => nextStepSchema.parse(doc.data));
      expect(steps.length).toBeGreaterThanOrEqual(3);
      expect(steps.every((step) => step.createdBy === adviser.uid)).toBe(true);
      const done = steps.filter((step) => step.done);
      expect(done).toHaveLength(1);
      expect(done[0]).toMatchObject({ doneBy: kandidaat.uid, doneAt: expect.any(Date) });
      expect(steps.filter((step) => !step.done).every((step) => step.doneAt === null && step.doneBy === null)).toBe(true);
    });

    it('had a conversation with her adviser yesterday', () => {
      const conversations = seed.candidates
        .filter((doc) => doc.path.startsWith(`candidates/${demoCandidateId}/interactions/`))
        .map((doc) => interactionSchema.parse(doc.data))
        .filter((interaction) => interaction.kind === 'advice_conversation' && interaction.authorUid === adviser.uid);
      const dayAgo = baseDate.getTime() - 2 * 24 * 60 * 60 * 1000;
      expect(conversations.some((interaction) => interaction.performedAt.getTime() > dayAgo && interaction.performedAt <= baseDate)).toBe(true);
    });

    it('was introduced to a Nijmegen school the way proposeMatch does it', () => {
      const matches = seed.candidates.filter((doc) => /^regions\/[^/]+\/matches\/[^/]+$/.test(doc.path));
      expect(matches).toHaveLength(1);
      const path = matches[0]!.path;
      const match = matchSchema.parse(matches[0]!.data);
      expect(path.startsWith('regions/nijmegen/')).toBe(true);
      expect(match).toMatchObject({ candidateId: demoCandidateId, targetKind: 'school', status: 'proposed', proposedBy: adviser.uid });
      expect(at(`regions/nijmegen/organisations/${match.organisationId}`)).toMatchObject({ type: 'school' });
      const matchId = path.split('/').at(-1)!;
      const introduction = introductionSchema.parse(seed.candidates.find((doc) => doc.path === `regions/nijmegen/organisations/${match.organisationId}/introductions/${matchId}`)!.data);
      expect(introduction.profile.firstName).toBe('Sanne');
      expect(JSON.stringify(introduction)).not.toContain(kandidaat.email);
      expect(dossier().introducedOrganisationIds).toEqual([match.organisationId]);
    });

    it('has upcoming published activities in Nijmegen and a cross-regional one in a region she is not in', () => {
      const inWeeks = baseDate.getTime() + 6 * 7 * 24 * 60 * 60 * 1000;
      const upcoming = seed.offer
        .filter((doc) => /^regions\/[^/]+\/activities\/[^/]+$/.test(doc.path))
        .map((doc) => ({ regionId: doc.path.split('/')[1]!, activity: activitySchema.parse(doc.data) }))
        .filter(({ activity }) => activity.published && activity.startsAt > baseDate && activity.startsAt.getTime() < inWeeks);
      expect(upcoming.filter(({ regionId }) => regionId === 'nijmegen').length).toBeGreaterThanOrEqual(2);
      const elsewhere = upcoming.filter(({ regionId, activity }) => activity.crossRegional && !dossier().regionIds.includes(regionId));
      expect(elsewhere.length).toBeGreaterThanOrEqual(1);
    });
  });

  describe('the candidate views', () => {
    it('exist for every dossier and are what buildCandidateView makes of it: no notes, owner, phase history or scores', () => {
      const views = seed.projections.filter((doc) => doc.path.startsWith('candidateViews/'));
      expect(views.map((doc) => doc.path.split('/')[1]).sort()).toEqual(candidates.map(({ id }) => id).sort());
      for (const doc of views) {
        const data = doc.data;
        for (const field of ['notes', 'ownerUid', 'journey', 'tags', 'bottlenecks', 'customFields', 'authUid', 'createdBy', 'updatedBy']) {
          expect(field in data, `${doc.path} has ${field}`).toBe(false);
        }
        expect(JSON.stringify(data)).not.toMatch(/"(score|reasons)"/);
        candidateViewSchema.parse(data);
      }
    });

    it('show the demo candidate her adviser, the school and her recent conversation', () => {
      const demo = candidateViewSchema.parse(at(`candidateViews/${demoCandidateId}`));
      const candidate = candidateSchema.parse(at(`candidates/${demoCandidateId}`));
      const adviser = demoAccounts.find((account) => account.role === 'adviser' && account.regionId === 'nijmegen')!;
      expect(demo.regionIds).toEqual(candidate.regionIds);
      expect(demo.consent).toEqual(candidate.consent);
      expect(demo.version).toEqual(candidate.updatedAt);
      expect(demo.helpers[0]).toMatchObject({ kind: 'adviser', name: adviser.displayName, email: adviser.email, regionId: 'nijmegen' });
      expect(demo.helpers.some((helper) => helper.kind === 'school')).toBe(true);
      expect(demo.matches).toHaveLength(1);
      expect(demo.recentContacts.some((contact) => contact.kind === 'advice_conversation' && contact.authorName === adviser.displayName)).toBe(true);
    });
  });
});
