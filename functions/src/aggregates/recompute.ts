// A region's aggregates counted from scratch: every source document read once, contributions
// summed, and the aggregate documents and ledgers replaced. Repairs drift and fills the
// aggregates of data written before they existed. Plain module (no function runtime), used by
// `npm run aggregates:recompute` and the tests.
import {
  aggregateDocuments,
  aggregatePath,
  aggregateLedgerSchema,
  contributionsOfFacts,
  sameFacts,
  type Aggregate,
  type Contributions,
  type LedgerFacts,
} from '@koers/domain';
import type { DocumentData, Firestore, QuerySnapshot } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { ledgerSource } from './plan.js';
import { activityKindOf, candidateFactsIn, matchFactsOf, parseCandidate, registrationFactsOf, taskFactsOf, type Parsed } from './source-contributions.js';
import { aggregateRef, ledgerRef } from './sync-contribution.js';

export interface RecomputeResult {
  /** Aggregate documents written. */
  documents: number;
  /** Ledgers written or deleted (unchanged ones are left alone). */
  ledgers: number;
  /** Source documents counted. */
  sources: number;
  /** Source documents that break their schema: they count nothing (see the log of the triggers). */
  invalid: number;
  ms: number;
}

export interface RecomputeOptions {
  /**
   * BulkWriter's ramp-up (500 writes a second, growing slowly) protects a live database;
   * the emulator needs none. Default: off against the emulator, on otherwise.
   */
  throttling?: boolean;
}

/** A region's aggregates as a recount would write them, with what it read. Reads only. */
export interface RegionCount {
  documents: Aggregate[];
  /** Source id → the facts of its contribution (sources contributing nothing left out). */
  ledgers: Map<string, LedgerFacts>;
  sources: number;
  invalid: number;
  /** Stored ledgers by source id; null for one that cannot be read (it is rewritten). */
  storedLedgers: Map<string, LedgerFacts | null>;
  storedAggregatePaths: string[];
}

/** Every source document of the region read once and its contribution summed. */
export async function countRegionAggregates(db: Firestore, regionId: string, now: Date): Promise<RegionCount> {
  const region = db.collection('regions').doc(regionId);
  const [candidates, tasks, matches, activities, storedLedgers, storedAll, storedSlices] = await Promise.all([
    db.collection('candidates').where('regionIds', 'array-contains', regionId).get(),
    region.collection('tasks').get(),
    region.collection('matches').get(),
    region.collection('activities').get(),
    region.collection('aggregateLedger').get(),
    region.collection('aggregates').select().get(),
    region.collection('aggregateSlices').select().get(),
  ]);
  const registrations = await Promise.all(activities.docs.map((activity) => activity.ref.collection('registrations').get()));

  const ledgers = new Map<string, LedgerFacts>();
  const total: Contributions = {};
  let invalid = 0;
  const count = (source: string, parsed: Parsed<LedgerFacts | null>) => {
    if (!parsed.ok) {
      invalid += 1;
      return;
    }
    if (!parsed.value) return;
    ledgers.set(source, parsed.value);
    // Summed in place, nested: with ten thousand dossiers, copying or flattening costs seconds.
    for (const [period, slices] of Object.entries(contributionsOfFacts(parsed.value))) {
      const bySlice = (total[period] ??= {});
      for (const [slice, counts] of Object.entries(slices)) {
        const sum = (bySlice[slice] ??= {});
        for (const [key, value] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + value;
      }
    }
  };
  for (const doc of candidates.docs) {
    const candidate = parseCandidate(doc.data());
    count(ledgerSource.candidate(doc.id), candidate.ok ? { ok: true, value: candidateFactsIn(candidate.value, regionId) } : candidate);
  }
  for (const doc of tasks.docs) count(ledgerSource.task(doc.id), taskFactsOf(doc.data()));
  for (const doc of matches.docs) count(ledgerSource.match(doc.id), matchFactsOf(doc.data()));
  activities.docs.forEach((activity, i) => {
    const kind = activityKindOf(activity.data());
    for (const doc of registrations[i]!.docs) count(ledgerSource.registration(activity.id, doc.id), registrationFactsOf(doc.data(), kind));
  });
  const sources = candidates.size + tasks.size + matches.size + registrations.reduce((sum, snapshot) => sum + snapshot.size, 0);

  return {
    documents: aggregateDocuments(total, now),
    ledgers,
    sources,
    invalid,
    storedLedgers: storedFacts(storedLedgers),
    storedAggregatePaths: [...storedAll.docs, ...storedSlices.docs].map((doc) => doc.ref.path),
  };
}

/**
 * Replaces the aggregates of `regionId` by a recount. Meant for a quiet region (a backfill,
 * a repair): a trigger that runs between the reads and the writes is overwritten, so run it
 * again if sources changed meanwhile. It reads journeys as stored (`journeyOf`) and never
 * writes dossiers.
 */
export async function recomputeRegionAggregates(db: Firestore, regionId: string, now: Date, options: RecomputeOptions = {}): Promise<RecomputeResult> {
  const started = performance.now();
  const { documents, ledgers, sources, invalid, storedLedgers: stored, storedAggregatePaths } = await countRegionAggregates(db, regionId, now);
  const writer = db.bulkWriter({ throttling: options.throttling ?? !process.env.FIRESTORE_EMULATOR_HOST });
  writer.onWriteError((error) => error.failedAttempts < 5);
  // Every write's own promise is awaited, so a write that fails for good fails the recompute.
  const writes: Array<Promise<unknown>> = [];
  const produced = new Set(documents.map((doc) => aggregatePath(regionId, doc.period, doc.slice)));
  for (const path of storedAggregatePaths) if (!produced.has(path)) writes.push(writer.delete(db.doc(path)));
  for (const doc of documents) writes.push(writer.set(aggregateRef(db, regionId, doc.period, doc.slice), doc));

  let ledgerWrites = 0;
  for (const source of stored.keys()) {
    if (ledgers.has(source)) continue;
    writes.push(writer.delete(ledgerRef(db, regionId, source)));
    ledgerWrites += 1;
  }
  for (const [source, facts] of ledgers) {
    const before = stored.get(source);
    if (before && sameFacts(before, facts)) continue;
    writes.push(writer.set(ledgerRef(db, regionId, source), { facts, updatedAt: now }));
    ledgerWrites += 1;
  }
  await writer.close();
  await Promise.all(writes);
  return { documents: documents.length, ledgers: ledgerWrites, sources, invalid, ms: Math.round(performance.now() - started) };
}

/** Stored ledgers by source id; an unreadable one is null, so it is rewritten. */
function storedFacts(snapshot: QuerySnapshot<DocumentData>): Map<string, LedgerFacts | null> {
  const facts = new Map<string, LedgerFacts | null>();
  for (const doc of snapshot.docs) {
    const parsed = aggregateLedgerSchema.safeParse(fromFirestoreData(doc.data()));
    facts.set(doc.id, parsed.success ? parsed.data.facts : null);
  }
  return facts;
}
