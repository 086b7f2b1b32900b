// Region aggregates kept by the triggers (dossiers, tasks, matches, registrations) equal a
// recount from the source documents after any sequence of changes, and the dossier's journey
// follows its phase history however events arrive.
import {
  aggregateDocId,
  candidateSchema,
  exitReasons,
  phases,
  sectors,
  withoutZeroSlices,
  type Candidate,
  type JourneyStep,
  type Match,
  type MatchStatus,
  type Registration,
  type Task,
} from '@koers/domain';
import { Timestamp, type DocumentData, type DocumentSnapshot } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb, clearEmulators, makeCandidate, plain, waitFor } from './helpers.js';
import { countRegionAggregates, recomputeRegionAggregates } from '../../functions/src/aggregates/recompute.js';
import { syncMatchAggregates, syncRegistrationAggregates, syncTaskAggregates } from '../../functions/src/aggregates/source-sync.js';
import { onCandidateWritten } from '../../functions/src/candidates/on-candidate-written.js';
import { prng } from '../../scripts/lib/prng.js';

type Slices = Record<string, Record<string, number>>;

// Every dossier write fans out into several triggers (index, journey, aggregates, matching,
// cross-region); on a busy machine the Functions emulator needs minutes to drain them.
const settleMs = 300_000;
const slow = { timeout: 360_000 };

/** The region's aggregate documents as stored (region-wide and per filter): id → slices without zeros. */
async function storedAggregates(regionId: string): Promise<Record<string, Slices>> {
  const snapshots = await Promise.all([adminDb.collection(`regions/${regionId}/aggregates`).get(), adminDb.collection(`regions/${regionId}/aggregateSlices`).get()]);
  const all: Record<string, Slices> = {};
  for (const doc of snapshots.flatMap((snapshot) => snapshot.docs)) {
    const slices = withoutZeroSlices((doc.get('slices') as Slices | undefined) ?? {});
    if (Object.keys(slices).length > 0) all[doc.id] = slices;
  }
  return all;
}

/** What a recount of the region's sources would write (read only). */
async function recounted(regionId: string): Promise<Record<string, Slices>> {
  const count = await countRegionAggregates(adminDb, regionId, new Date());
  return Object.fromEntries(count.documents.map((doc) => [aggregateDocId(doc.period, doc.slice), doc.slices]));
}

const canonical = (value: Record<string, Slices>) => JSON.stringify(sortDeep(value));

function sortDeep(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, sortDeep(item)]),
    );
  }
  return value;
}

/** Waits until the triggers have caught up: the maintained aggregates equal a recount. */
async function waitForAggregatesToSettle(regionId: string): Promise<void> {
  try {
    await waitFor(async () => canonical(await storedAggregates(regionId)) === canonical(await recounted(regionId)), `the aggregates of ${regionId} to equal a recount`, settleMs);
  } catch (error) {
    // Name the first differences, so a failure tells a lagging emulator from a wrong count.
    const [have, want] = [flat(await storedAggregates(regionId)), flat(await recounted(regionId))];
    const keys = [...new Set([...Object.keys(have), ...Object.keys(want)])].filter((key) => have[key] !== want[key]);
    throw new Error(`${(error as Error).message}; ${keys.length} counts differ, e.g. ${keys.slice(0, 8).map((key) => `${key}: ${have[key]} vs ${want[key]}`).join(', ')}`);
  }
}

function flat(aggregates: Record<string, Slices>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(aggregates).flatMap(([period, slices]) =>
      Object.entries(slices).flatMap(([slice, counts]) => Object.entries(counts).map(([key, value]) => [`${period}~${slice}~${key}`, value])),
    ),
  );
}

async function journeyOfStored(candidateId: string): Promise<JourneyStep[]> {
  const snapshot = await adminDb.doc(`candidates/${candidateId}`).get();
  return (plain(snapshot.get('journey')) as JourneyStep[] | undefined) ?? [];
}

async function auditCount(candidateId: string): Promise<number> {
  return (await adminDb.collection(`candidates/${candidateId}/audit`).count().get()).data().count;
}

/** An onDocumentWritten event for the candidate trigger, as the runtime would deliver it. */
function candidateEvent(id: string, candidateId: string, before: Partial<DocumentSnapshot>, after: Partial<DocumentSnapshot>, time: Date) {
  return { id, time: time.toISOString(), params: { candidateId }, data: { before, after } } as unknown as Parameters<typeof onCandidateWritten.run>[0];
}

const fakeSnapshot = (data: DocumentData | null, updateTime: Date): Partial<DocumentSnapshot> => ({
  exists: data !== null,
  data: () => data ?? undefined,
  updateTime: Timestamp.fromDate(updateTime),
});

const day = (n: number) => new Date(Date.now() - n * 86_400_000);

beforeAll(async () => {
  await clearEmulators();
});

describe('aggregates', () => {
  it('equal a recount after a random sequence of dossier, task, match and registration changes', { timeout: 900_000 }, async () => {
    const region = 'agg-main';
    const partner = 'agg-partner';
    const random = prng(20261201);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const owners = ['adviser-a', 'adviser-b', null];
    const activities = { 'act-info': 'information_meeting', 'act-shadow': 'shadow_day' } as const;
    for (const [id, kind] of Object.entries(activities)) {
      await adminDb.doc(`regions/${region}/activities/${id}`).set({ kind, title: `Activiteit ${id}`, registrationCount: 0 });
    }

    const candidates = new Map<string, Candidate>();
    const tasks = new Map<string, Task>();
    const matches = new Map<string, Match>();
    const registrations = new Map<string, { activityId: string; registration: Registration }>();
    let serial = 0;
    const operations: string[] = [];
    const stamp = () => ({ updatedAt: new Date(), updatedBy: 'adviser-random' });
    const someCandidate = () => (candidates.size > 0 ? pick([...candidates.keys()]) : null);

    const updateCandidate = async (id: string, patch: Partial<Candidate>) => {
      candidates.set(id, { ...candidates.get(id)!, ...patch });
      await adminDb.doc(`candidates/${id}`).update({ ...patch, ...stamp() });
    };

    const steps: Record<string, () => Promise<void>> = {
      createCandidate: async () => {
        const id = `cand-${++serial}`;
        const createdAt = day(Math.floor(random() * 60));
        const candidate = makeCandidate({
          regionIds: [region],
          homeRegionId: region,
          sectors: [pick(sectors)],
          subjects: [pick(['wiskunde', 'engels', 'techniek'] as const)],
          ownerUid: pick(owners),
          bottlenecks: random() < 0.3 ? ['Financiering van de opleiding'] : [],
          createdAt,
          phaseSince: createdAt,
          updatedAt: createdAt,
        });
        candidates.set(id, candidate);
        await adminDb.doc(`candidates/${id}`).set(candidate);
      },
      movePhase: async () => {
        const id = someCandidate();
        if (id) await updateCandidate(id, { phase: pick(phases), phaseSince: new Date() });
      },
      exit: async () => {
        const id = someCandidate();
        if (id) await updateCandidate(id, { status: 'exited', exitReason: random() < 0.2 ? null : pick(exitReasons) });
      },
      pauseOrResume: async () => {
        const id = someCandidate();
        if (id) await updateCandidate(id, { status: candidates.get(id)!.status === 'paused' ? 'active' : 'paused', exitReason: null });
      },
      start: async () => {
        const id = someCandidate();
        if (id) await updateCandidate(id, { status: 'started', phase: 'preparation', exitReason: null });
      },
      reprofile: async () => {
        const id = someCandidate();
        if (id) await updateCandidate(id, { sectors: [pick(sectors), pick(sectors)], subjects: [pick(['wiskunde', 'duits'] as const)], ownerUid: pick(owners) });
      },
      share: async () => {
        const id = someCandidate();
        if (id) await updateCandidate(id, { regionIds: [region, partner] });
      },
      unshare: async () => {
        const id = someCandidate();
        if (id) await updateCandidate(id, { regionIds: [region] });
      },
      deleteCandidate: async () => {
        const id = someCandidate();
        if (!id) return;
        candidates.delete(id);
        await adminDb.doc(`candidates/${id}`).delete();
      },
      createTask: async () => {
        const id = `task-${++serial}`;
        const task: Task = {
          title: 'Bellen over de opleiding',
          candidateId: someCandidate(),
          assigneeUid: pick(['adviser-a', 'adviser-b']),
          dueDate: pick(['2026-12-01', '2026-12-15']),
          done: false,
          doneAt: null,
          createdAt: day(Math.floor(random() * 30)),
          createdBy: 'adviser-random',
          ...stamp(),
        };
        tasks.set(id, task);
        await adminDb.doc(`regions/${region}/tasks/${id}`).set(task);
      },
      completeTask: async () => {
        const id = tasks.size > 0 ? pick([...tasks.keys()]) : null;
        if (id) await adminDb.doc(`regions/${region}/tasks/${id}`).update({ done: true, doneAt: new Date(), ...stamp() });
      },
      reassignTask: async () => {
        const id = tasks.size > 0 ? pick([...tasks.keys()]) : null;
        if (id) await adminDb.doc(`regions/${region}/tasks/${id}`).update({ assigneeUid: pick(['adviser-a', 'adviser-b', 'adviser-c']), ...stamp() });
      },
      writeMatch: async () => {
        const existing = matches.size > 0 && random() < 0.5 ? pick([...matches.keys()]) : null;
        const status: MatchStatus = pick(['proposed', 'accepted', 'conversation_requested', 'declined', 'started'] as const);
        const at = new Date();
        if (existing) {
          const match = matches.get(existing)!;
          const next = { ...match, status, steps: [...match.steps, { status, at, by: 'school-hr', note: null }], updatedAt: at, updatedBy: 'school-hr' };
          matches.set(existing, next);
          await adminDb.doc(`regions/${region}/matches/${existing}`).set(next);
          return;
        }
        const id = `match-${++serial}`;
        const match: Match = {
          candidateId: someCandidate() ?? 'cand-x',
          candidateName: 'Kandidaat',
          targetKind: 'school',
          organisationId: 'school-1',
          organisationName: 'School 1',
          vacancyId: null,
          vacancyTitle: null,
          programmeId: null,
          programmeName: null,
          status: 'proposed',
          note: null,
          response: null,
          plannedAt: null,
          score: 70,
          reasons: [],
          proposedBy: 'adviser-a',
          proposedByName: 'Adviseur A',
          steps: [{ status: 'proposed', at: day(Math.floor(random() * 20)), by: 'adviser-a', note: null }],
          createdAt: at,
          updatedAt: at,
          updatedBy: 'adviser-a',
        };
        matches.set(id, match);
        await adminDb.doc(`regions/${region}/matches/${id}`).set(match);
      },
      register: async () => {
        const id = `reg-${++serial}`;
        const activityId = pick(Object.keys(activities));
        const registration: Registration = {
          candidateId: null,
          name: 'Bezoeker',
          email: `bezoeker${serial}@example.nl`,
          phone: null,
          status: 'registered',
          source: pick(['adviser', 'candidate', 'website'] as const),
          registeredAt: day(Math.floor(random() * 10)),
          registeredBy: 'website',
        };
        registrations.set(id, { activityId, registration });
        await adminDb.doc(`regions/${region}/activities/${activityId}/registrations/${id}`).set(registration);
      },
      changeRegistration: async () => {
        const id = registrations.size > 0 ? pick([...registrations.keys()]) : null;
        if (!id) return;
        const { activityId } = registrations.get(id)!;
        await adminDb.doc(`regions/${region}/activities/${activityId}/registrations/${id}`).update({ status: pick(['cancelled', 'attended', 'no_show'] as const) });
      },
    };

    // A few dossiers first, so the changes have something to work on.
    for (let i = 0; i < 4; i++) {
      await steps.createCandidate!();
      operations.push('createCandidate');
    }
    const names = Object.keys(steps);
    for (let i = 0; i < 44; i++) {
      const name = pick(names);
      operations.push(name);
      await steps[name]!();
    }
    expect(operations.length).toBeGreaterThanOrEqual(40);

    await waitForAggregatesToSettle(region);
    await waitForAggregatesToSettle(partner);
    const incremental = await storedAggregates(region);
    expect(Object.keys(incremental)).toContain('current');
    expect(incremental.current?.all?.total).toBe([...candidates.values()].length);

    // Every dossier's stored journey ends in its current state.
    for (const [id, candidate] of candidates) {
      const journey = await journeyOfStored(id);
      expect(journey.at(-1), id).toMatchObject({ phase: candidate.phase, status: candidate.status });
    }

    // A real recompute rewrites the same documents and finds every ledger already right.
    for (const regionId of [region, partner]) {
      const before = await storedAggregates(regionId);
      const result = await recomputeRegionAggregates(adminDb, regionId, new Date());
      expect(result.ledgers, `ledgers rewritten in ${regionId}`).toBe(0);
      expect(result.invalid).toBe(0);
      expect(canonical(await storedAggregates(regionId))).toBe(canonical(before));
    }
  });

  it('changes nothing when the candidate trigger receives the same event twice', slow, async () => {
    const ref = adminDb.doc('candidates/replayed');
    const candidate = makeCandidate({ regionIds: ['agg-replay'], homeRegionId: 'agg-replay', createdAt: day(3), phaseSince: day(3) });
    await ref.set(candidate);
    await waitFor(async () => (await journeyOfStored('replayed')).length > 0, 'the first journey', settleMs);
    const before = await ref.get();
    await ref.update({ phase: 'orientation', phaseSince: new Date(), updatedAt: new Date() });
    const after = await ref.get();
    await waitForAggregatesToSettle('agg-replay');
    await waitFor(async () => (await journeyOfStored('replayed')).length === 2, 'the orientation step', settleMs);
    await waitFor(async () => (await auditCount('replayed')) === 2, 'the create and move audit entries', settleMs);
    const settled = { aggregates: await storedAggregates('agg-replay'), journey: await journeyOfStored('replayed'), audit: await auditCount('replayed') };

    const event = candidateEvent('event-replayed', 'replayed', before, after, after.updateTime!.toDate());
    await onCandidateWritten.run(event);
    await onCandidateWritten.run(event);
    expect(await storedAggregates('agg-replay')).toEqual(settled.aggregates);
    expect(await journeyOfStored('replayed')).toEqual(settled.journey);
    // The direct runs add the event's audit entry once (its id is new to the trail), never twice.
    expect(await auditCount('replayed')).toBe(settled.audit + 1);
  });

  it('puts a late phase event in its place in the journey and counts the move in its own day', slow, async () => {
    const region = 'agg-late';
    const ref = adminDb.doc('candidates/late');
    const created = day(10);
    await ref.set(makeCandidate({ regionIds: [region], homeRegionId: region, createdAt: created, phaseSince: created, updatedAt: created }));
    await waitFor(async () => (await journeyOfStored('late')).length === 1, 'the first step', settleMs);
    await ref.update({ phase: 'decision', phaseSince: new Date(), updatedAt: new Date() });
    await waitFor(async () => (await journeyOfStored('late')).length === 2, 'the decision step', settleMs);

    // An orientation write five days ago whose event arrives only now.
    const lateAt = day(5);
    const stored = (await ref.get()).data()!;
    const late = candidateEvent('event-late', 'late', fakeSnapshot({ ...stored, phase: 'interest' }, created), fakeSnapshot({ ...stored, phase: 'orientation' }, lateAt), lateAt);
    await onCandidateWritten.run(late);
    await onCandidateWritten.run(late);

    const journey = await journeyOfStored('late');
    expect(journey.map((step) => step.phase)).toEqual(['interest', 'orientation', 'decision']);
    expect(journey[0]!.at).toEqual(created);
    expect(journey[1]!.at).toEqual(lateAt);
    await waitForAggregatesToSettle(region);
    const aggregates = await storedAggregates(region);
    const lateDay = Object.entries(aggregates).find(([period]) => period.startsWith('d-') && aggregates[period]?.all?.['enter.orientation']);
    expect(lateDay?.[1].all).toMatchObject({ 'enter.orientation': 1, 'leave.interest': 1, 'move.interest.orientation': 1 });
  });

  it('writes the journey once per move without firing itself forever or touching the audit trail', slow, async () => {
    const region = 'agg-loop';
    const ref = adminDb.doc('candidates/looped');
    await ref.set(makeCandidate({ regionIds: [region], homeRegionId: region }));
    await ref.update({ phase: 'matching', phaseSince: new Date(), updatedAt: new Date(), updatedBy: 'adviser-loop' });
    await waitFor(async () => (await journeyOfStored('looped')).at(-1)?.phase === 'matching', 'the matching step', settleMs);
    await waitFor(async () => (await auditCount('looped')) === 2, 'the create and move audit entries', settleMs);
    await waitForAggregatesToSettle(region);
    const settled = await ref.get();

    // Long enough for a looping trigger to have written again several times.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const later = await ref.get();
    expect(later.updateTime?.isEqual(settled.updateTime!)).toBe(true);
    expect(await auditCount('looped')).toBe(2);
    expect(candidateSchema.parse(plain(later.data())).updatedBy).toBe('adviser-loop');
  });

  it('counts nothing twice when task, match and registration maintenance runs again', slow, async () => {
    const region = 'agg-sources';
    const now = new Date();
    await adminDb.doc(`regions/${region}/activities/act-1`).set({ kind: 'open_day', title: 'Open dag', registrationCount: 0 });
    const task: Task = { title: 'Terugbellen', candidateId: null, assigneeUid: 'adviser-a', dueDate: '2026-12-20', done: false, doneAt: null, createdAt: now, createdBy: 'a', updatedAt: now, updatedBy: 'a' };
    await adminDb.doc(`regions/${region}/tasks/t1`).set(task);
    const registration: Registration = { candidateId: null, name: 'Bezoeker', email: 'b@example.nl', phone: null, status: 'registered', source: 'website', registeredAt: now, registeredBy: 'website' };
    await adminDb.doc(`regions/${region}/activities/act-1/registrations/r1`).set(registration);
    await waitForAggregatesToSettle(region);
    await waitFor(async () => (await storedAggregates(region)).current?.all?.['tasks.open'] === 1, 'the open task', settleMs);
    const settled = await storedAggregates(region);

    for (let i = 0; i < 2; i++) {
      expect(await syncTaskAggregates(adminDb, region, 't1', new Date())).toEqual({ periods: [], ledger: 'kept' });
      expect(await syncRegistrationAggregates(adminDb, region, 'act-1', 'r1', new Date())).toEqual({ periods: [], ledger: 'kept' });
      expect(await syncMatchAggregates(adminDb, region, 'absent', new Date())).toEqual({ periods: [], ledger: 'kept' });
    }
    expect(await storedAggregates(region)).toEqual(settled);
    const periods = Object.keys(settled).filter((period) => settled[period]?.all?.['registrationsByKind.open_day.registered'] === 1);
    expect(periods).toHaveLength(3);
  });
});
