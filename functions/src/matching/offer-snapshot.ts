// The compact per-region snapshot of match targets: `regions/{r}/matchingOffer/{chunk}`
// ({ targets, builtAt, sourceReadAt, buildId, index, count }). Scoring a candidate against a
// region's offer then reads a few documents instead of every vacancy, programme and school.
// Rebuilt as a whole from the region's documents (idempotent), by the offer triggers and lazily
// by readers that find it missing. Clients never read or write it (rules: default deny).
import { organisationSchema, programmeSchema, vacancySchema, type MatchTarget, type Organisation, type Programme, type Vacancy } from '@koers/domain';
import type { CollectionReference, Firestore, QuerySnapshot, Timestamp } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent, logWarning } from '../lib/log.js';
import { chunk, regionTargets } from './match-inputs.js';

/** Targets per chunk: ~400 targets of a few hundred bytes stay far below Firestore's 1 MiB. */
export const targetsPerChunk = 400;

export function offerCollection(db: Firestore, regionId: string): CollectionReference {
  return db.collection('regions').doc(regionId).collection('matchingOffer');
}

const chunkId = (index: number) => `chunk-${String(index).padStart(3, '0')}`;

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function parsedMap<T>(snapshot: QuerySnapshot, schema: Parser<T>, regionId: string, kind: string): Map<string, T> {
  const map = new Map<string, T>();
  let invalid = 0;
  for (const doc of snapshot.docs) {
    const parsed = schema.safeParse(fromFirestoreData(doc.data()));
    if (parsed.success) map.set(doc.id, parsed.data);
    else invalid += 1;
  }
  if (invalid > 0) logWarning('matching.offer_invalid_documents', { regionId, kind, invalid });
  return map;
}

export interface OfferBuild {
  targets: MatchTarget[];
  /** False when a build that read later was stored meanwhile (ours was dropped). */
  written: boolean;
  /** Source documents read. */
  reads: number;
}

/**
 * Reads the region's organisations, vacancies and programmes and stores their targets. Only a
 * build that read later than the stored one replaces it, so concurrent rebuilds settle on the
 * newest; chunks of an older, longer build are deleted in the same transaction.
 */
export async function rebuildOffer(db: Firestore, regionId: string, now: Date, chunkSize = targetsPerChunk): Promise<OfferBuild> {
  const region = db.collection('regions').doc(regionId);
  const [organisations, vacancies, programmes] = await Promise.all([
    region.collection('organisations').get(),
    region.collection('vacancies').get(),
    region.collection('programmes').get(),
  ]);
  const sourceReadAt = [organisations.readTime, vacancies.readTime, programmes.readTime].reduce((a, b) => (a.toMillis() <= b.toMillis() ? a : b));
  const targets = regionTargets(regionId, {
    organisations: parsedMap<Organisation>(organisations, organisationSchema, regionId, 'organisation'),
    vacancies: parsedMap<Vacancy>(vacancies, vacancySchema, regionId, 'vacancy'),
    programmes: parsedMap<Programme>(programmes, programmeSchema, regionId, 'programme'),
  });
  const chunks = chunk(targets, chunkSize);
  const buildId = `${sourceReadAt.toMillis()}-${Math.random().toString(36).slice(2, 8)}`;
  const collection = offerCollection(db, regionId);
  const written = await db.runTransaction(async (tx) => {
    const stored = await tx.get(collection);
    const newest = Math.max(0, ...stored.docs.map((doc) => (doc.get('sourceReadAt') as Timestamp | undefined)?.toMillis() ?? 0));
    if (newest > sourceReadAt.toMillis()) return false;
    chunks.forEach((part, index) => {
      tx.set(collection.doc(chunkId(index)), { targets: part, builtAt: now, sourceReadAt, buildId, index, count: chunks.length });
    });
    for (const doc of stored.docs) if (Number(doc.get('index')) >= chunks.length || !doc.id.startsWith('chunk-')) tx.delete(doc.ref);
    return true;
  });
  logEvent('matching.offer_built', { regionId, targets: targets.length, chunks: chunks.length, written });
  return { targets, written, reads: organisations.size + vacancies.size + programmes.size };
}

export interface StoredOffer {
  targets: MatchTarget[];
  sourceReadAt: Date;
}

/**
 * The last snapshot this instance read, per region. Chunks of one build share a buildId and
 * are written in one transaction, so when the first chunk's buildId is the remembered one, the
 * remembered targets are the stored ones: a call then reads one small field mask, not ~400 kB.
 */
const remembered = new Map<string, { buildId: string; offer: StoredOffer }>();

/** The stored snapshot, or null when missing or torn (chunks of different builds). */
export async function readStoredOffer(db: Firestore, regionId: string): Promise<StoredOffer | null> {
  const collection = offerCollection(db, regionId);
  const [head] = await db.getAll(collection.doc(chunkId(0)), { fieldMask: ['buildId'] });
  if (!head?.exists) return null;
  const known = remembered.get(regionId);
  if (known && known.buildId === head.get('buildId')) return known.offer;
  const snapshot = await collection.get();
  if (snapshot.empty) return null;
  const builds = new Set(snapshot.docs.map((doc) => String(doc.get('buildId'))));
  const count = Number(snapshot.docs[0]?.get('count'));
  if (builds.size !== 1 || snapshot.size !== count) return null;
  const docs = [...snapshot.docs].sort((a, b) => Number(a.get('index')) - Number(b.get('index')));
  const offer = {
    targets: docs.flatMap((doc) => (doc.get('targets') as MatchTarget[] | undefined) ?? []),
    sourceReadAt: (docs[0]!.get('sourceReadAt') as Timestamp).toDate(),
  };
  remembered.set(regionId, { buildId: [...builds][0]!, offer });
  return offer;
}

/** When the stored snapshot read its sources (null: none stored). */
export async function offerReadAt(db: Firestore, regionId: string): Promise<Date | null> {
  const first = await offerCollection(db, regionId).doc(chunkId(0)).get();
  const at = first.get('sourceReadAt') as Timestamp | undefined;
  return at ? at.toDate() : null;
}

/** The region's targets: the snapshot, built first when missing. */
export async function loadOffer(db: Firestore, regionId: string, now: Date): Promise<MatchTarget[]> {
  const stored = await readStoredOffer(db, regionId);
  if (stored) return stored.targets;
  return (await rebuildOffer(db, regionId, now)).targets;
}

/** Loads each region's offer once per run (a batch of candidates shares them). */
export class OfferCache {
  private readonly offers = new Map<string, Promise<MatchTarget[]>>();
  constructor(
    private readonly db: Firestore,
    private readonly now: Date,
  ) {}

  targets(regionId: string): Promise<MatchTarget[]> {
    let offer = this.offers.get(regionId);
    if (!offer) {
      offer = loadOffer(this.db, regionId, this.now);
      this.offers.set(regionId, offer);
    }
    return offer;
  }

  async targetsOf(regionIds: readonly string[]): Promise<MatchTarget[]> {
    return (await Promise.all([...new Set(regionIds)].sort().map((regionId) => this.targets(regionId)))).flat();
  }
}
