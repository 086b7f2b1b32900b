// onCandidateWritten: region indexes, aggregates and the audit trail follow every dossier
// write, in any order and any number of times.
import {
  candidateContributions,
  candidateIndexEntrySchema,
  candidateSchema,
  sumContributions,
  toCandidateIndexEntry,
  withoutZeroCounts,
  type Candidate,
  type CandidateIndexEntry,
  type Counts,
} from '@koers/domain';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { syncCandidateAggregates } from '../../functions/src/candidates/candidate-aggregates.js';
import { recordCandidateAudit, syncCandidateIndex } from '../../functions/src/candidates/candidate-index.js';
import { adminDb, clearEmulators, makeCandidate, plain, waitFor as waitForWithin } from './helpers.js';

// The trigger also keeps the candidate's view and queues invitations, so each write sets off
// more function runs; on a busy machine the emulator takes a while to work through them.
vi.setConfig({ testTimeout: 120_000 });
const waitFor = <T>(probe: () => Promise<T | null | undefined | false>, what: string) => waitForWithin(probe, what, 60_000);

async function indexEntries(regionId: string): Promise<Map<string, CandidateIndexEntry>> {
  const snapshot = await adminDb.collection(`regions/${regionId}/candidateIndex`).get();
  return new Map(snapshot.docs.map((entry) => [entry.id, candidateIndexEntrySchema.parse(plain(entry.data()))]));
}

/** The region's state figures now: the `all` slice of `aggregates/current`. */
async function aggregate(regionId: string): Promise<Counts> {
  const snapshot = await adminDb.doc(`regions/${regionId}/aggregates/current`).get();
  return withoutZeroCounts((snapshot.get('slices.all') as Counts | undefined) ?? {});
}

/** The same figures counted from the dossiers the region lists now, journeys as stored. */
async function recount(regionId: string): Promise<Counts> {
  const snapshot = await adminDb.collection('candidates').where('regionIds', 'array-contains', regionId).get();
  const dossiers = snapshot.docs.map((doc) => candidateSchema.parse(plain(doc.data())));
  return sumContributions(dossiers.map(candidateContributions)).current?.all ?? {};
}

/** Waits until the maintained figures of `regionId` equal a recount. */
async function waitForAggregate(regionId: string): Promise<Counts> {
  return waitFor(async () => {
    const [have, want] = await Promise.all([aggregate(regionId), recount(regionId)]);
    return JSON.stringify(sorted(have)) === JSON.stringify(sorted(want)) && have;
  }, `the aggregate of ${regionId} to equal a recount`);
}

async function indexEntry(regionId: string, candidateId: string) {
  const snapshot = await adminDb.doc(`regions/${regionId}/candidateIndex/${candidateId}`).get();
  return snapshot.exists ? candidateIndexEntrySchema.parse(plain(snapshot.data())) : null;
}

async function auditEntries(candidateId: string): Promise<Array<Record<string, unknown> & { id: string }>> {
  const snapshot = await adminDb.collection(`candidates/${candidateId}/audit`).orderBy('at').get();
  return snapshot.docs.map((entry) => ({ id: entry.id, ...(plain(entry.data()) as Record<string, unknown>) }));
}

/** Waits until the index of `regionId` equals the projection of exactly `expected`. */
async function waitForIndex(regionId: string, expected: Record<string, Candidate>): Promise<void> {
  const want = new Map(Object.entries(expected).map(([id, candidate]) => [id, toCandidateIndexEntry(candidate)]));
  await waitFor(async () => {
    const have = await indexEntries(regionId);
    if (have.size !== want.size) return false;
    for (const [id, entry] of want) if (JSON.stringify(have.get(id)) !== JSON.stringify(entry)) return false;
    return true;
  }, `the index of ${regionId} to match ${Object.keys(expected).join(', ') || 'nothing'}`);
}

const at = (day: number) => new Date(Date.UTC(2026, 9, day, 9));

beforeAll(async () => {
  await clearEmulators();
});

describe('onCandidateWritten', () => {
  it('writes an index entry into every region the dossier is shared with, and removes it on unshare', async () => {
    const candidate = makeCandidate({ homeRegionId: 'region-a', regionIds: ['region-a', 'region-b'] });
    await adminDb.doc('candidates/shared').set(candidate);
    await waitForIndex('region-a', { shared: candidate });
    await waitForIndex('region-b', { shared: candidate });
    expect(await indexEntry('region-b', 'shared')).toEqual(toCandidateIndexEntry(candidate));
    expect(await waitForAggregate('region-b')).toMatchObject({ total: 1, 'column.interest': 1 });

    const unshared = { regionIds: ['region-a'], updatedAt: at(2), updatedBy: 'adviser-a' };
    await adminDb.doc('candidates/shared').update(unshared);
    await waitForIndex('region-b', {});
    await waitForIndex('region-a', { shared: { ...candidate, ...unshared } });
    expect(await waitForAggregate('region-b')).toEqual({});
    expect(await waitForAggregate('region-a')).toMatchObject({ total: 1 });

    await adminDb.doc('candidates/shared').delete();
    await waitForIndex('region-a', {});
    expect(await waitForAggregate('region-a')).toEqual({});
  });

  it('writes an audit entry per change: create, journey move with from/to, consent; names fields, not values', async () => {
    const candidate = makeCandidate({ name: 'Fleur Jansen', regionIds: ['region-audit'], createdBy: 'adviser-1', updatedBy: 'adviser-1' });
    const ref = adminDb.doc('candidates/audited');
    await ref.set(candidate);
    await waitFor(async () => (await auditEntries('audited')).length === 1, 'the create entry');

    await ref.update({ phase: 'orientation', phaseSince: at(3), updatedAt: at(3), updatedBy: 'adviser-2' });
    await waitFor(async () => (await auditEntries('audited')).length === 2, 'the journey entry');
    await ref.update({ 'consent.retainAfterProcess': true, updatedAt: at(4), updatedBy: 'candidate-uid' });
    await waitFor(async () => (await auditEntries('audited')).length === 3, 'the consent entry');

    const [created, moved, consent] = await auditEntries('audited');
    expect(created).toMatchObject({ action: 'create', actor: 'adviser-1', from: null, to: null });
    expect(created?.changedFields).toEqual(expect.arrayContaining(['name', 'email', 'phase', 'regionIds']));
    expect(created?.changedFields).not.toContain('updatedAt');
    expect(moved).toMatchObject({
      action: 'update',
      actor: 'adviser-2',
      changedFields: ['phase', 'phaseSince'],
      from: { phase: 'interest', status: 'active' },
      to: { phase: 'orientation', status: 'active' },
    });
    expect(consent).toMatchObject({ action: 'consent', actor: 'candidate-uid', changedFields: ['consent'], from: null });
    expect(JSON.stringify(await auditEntries('audited'))).not.toContain('Fleur');

    await ref.delete();
    await waitFor(async () => (await auditEntries('audited')).some((entry) => entry.action === 'delete'), 'the delete entry');
  });

  it('keeps aggregates equal to a recount after a burst of changes to several dossiers', async () => {
    const region = 'region-count';
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    const current: Record<string, Candidate> = {};
    for (const [i, id] of ids.entries()) {
      current[id] = makeCandidate({
        regionIds: [region],
        homeRegionId: region,
        sectors: i % 2 ? ['vo'] : ['po', 'so'],
        subjects: i % 3 ? ['wiskunde'] : ['engels', 'duits'],
      });
      await adminDb.doc(`candidates/${id}`).set(current[id]);
    }
    // Updates, as the app makes them: a whole-document set would drop the server-owned journey.
    const change = async (id: string, patch: Partial<Candidate>) => {
      const stamped = { ...patch, updatedAt: new Date(), updatedBy: 'adviser-burst' };
      current[id] = { ...current[id]!, ...stamped };
      await adminDb.doc(`candidates/${id}`).update(stamped);
    };
    await change('c1', { phase: 'orientation' });
    await change('c2', { phase: 'matching' });
    await change('c1', { phase: 'decision' });
    await change('c3', { status: 'paused' });
    await change('c4', { status: 'exited', exitReason: 'financial' });
    await change('c2', { status: 'started', phase: 'preparation' });
    await change('c5', { sectors: ['mbo'], subjects: ['techniek'] });
    await change('c6', { regionIds: ['elsewhere'], homeRegionId: 'elsewhere' });
    await change('c3', { status: 'active' });
    await adminDb.doc('candidates/c4').delete();
    delete current.c4;
    const inRegion = Object.fromEntries(Object.entries(current).filter(([, candidate]) => candidate.regionIds.includes(region)));

    await waitForIndex(region, inRegion);
    expect(await waitForAggregate(region)).toMatchObject({
      total: 4,
      'column.decision': 1,
      'column.started': 1,
      'column.interest': 2,
      'status.active': 3,
      'reached.orientation': 2,
      'reached.decision': 2,
      'reached.started': 1,
    });
    await waitForIndex('elsewhere', { c6: current.c6! });
    expect(await waitForAggregate('elsewhere')).toMatchObject({ total: 1 });
  });

  it('counts nothing twice when a change is processed again or the same document is written again', async () => {
    const region = 'region-replay';
    const candidate = makeCandidate({ regionIds: [region], homeRegionId: region });
    await adminDb.doc('candidates/replay').set(candidate);
    await waitForIndex(region, { replay: candidate });
    const counted = await waitForAggregate(region);
    expect(counted.total).toBe(1);

    // Re-delivered events: the same maintenance runs again and finds nothing to change.
    const state = { phase: candidate.phase, status: candidate.status, exitReason: candidate.exitReason };
    for (let i = 0; i < 2; i++) {
      expect(await syncCandidateIndex(adminDb, 'replay', [region])).toEqual({ written: [], deleted: [] });
      expect(await syncCandidateAggregates(adminDb, 'replay', { knownRegionIds: [region], state, at: candidate.createdAt, baseline: [] }, new Date())).toEqual({
        journey: 'kept',
        regions: { [region]: { periods: [], ledger: 'kept' } },
      });
    }
    expect(await aggregate(region)).toEqual(counted);

    // The same dossier written again (only bookkeeping changed): the index follows, counts do not move.
    await adminDb.doc('candidates/replay').update({ updatedAt: at(20) });
    await waitForIndex(region, { replay: { ...candidate, updatedAt: at(20) } });
    expect(await waitForAggregate(region)).toEqual(counted);
  });

  it('writes one audit entry per event id, however often the event is delivered', async () => {
    const before = makeCandidate({ regionIds: ['region-replay'] });
    const after = { ...before, phase: 'decision' as const, updatedBy: 'adviser-x' };
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await recordCandidateAudit(adminDb, 'replay-audit', 'event-1', before, after, at(5)));
    expect(outcomes).toEqual(['written', 'exists', 'exists']);
    expect((await auditEntries('replay-audit')).map((entry) => entry.id)).toEqual(['event-1']);
    expect(await recordCandidateAudit(adminDb, 'replay-audit', 'event-2', after, { ...after, updatedAt: at(6) }, at(6))).toBe('skipped');
  });
});

function sorted(counts: Counts): Array<[string, number]> {
  return Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
}
