// Reads what the candidate's view is built from (buildCandidateView in @koers/domain): the
// dossier, the adviser's directory entry, the matches in the dossier's regions with their
// organisations, and the latest contacts. Through a `Reader`, so the view sync reads in a
// transaction and the data export reads plainly, the same documents either way.
import {
  candidateSchema,
  interactionSchema,
  matchSchema,
  memberSchema,
  organisationKey,
  organisationSchema,
  type AdviserContact,
  type Candidate,
  type CandidateViewSources,
  type Organisation,
} from '@koers/domain';
import type { DocumentReference, DocumentSnapshot, Firestore, Query, QuerySnapshot, Transaction } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logError } from '../lib/log.js';

export interface Reader {
  doc(ref: DocumentReference): Promise<DocumentSnapshot>;
  docs(refs: DocumentReference[]): Promise<DocumentSnapshot[]>;
  query(query: Query): Promise<QuerySnapshot>;
}

export function plainReader(db: Firestore): Reader {
  return {
    doc: (ref) => ref.get(),
    docs: async (refs) => (refs.length > 0 ? db.getAll(...refs) : []),
    query: (query) => query.get(),
  };
}

export function transactionReader(tx: Transaction): Reader {
  return {
    doc: (ref) => tx.get(ref),
    docs: async (refs) => (refs.length > 0 ? tx.getAll(...refs) : []),
    query: (query) => tx.get(query),
  };
}

/** How many recent contacts are read for the view (it keeps the newest conversations of them). */
export const contactsRead = 10;

/** Parses a stored document with `schema`, or null (logged by field names) when it breaks the contract. */
export function parseStored<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } } }, snapshot: DocumentSnapshot, event: string): T | null {
  if (!snapshot.exists) return null;
  const parsed = schema.safeParse(fromFirestoreData(snapshot.data()));
  if (parsed.success) return parsed.data;
  logError(event, { path: snapshot.ref.path, fields: parsed.error.issues.map((issue) => issue.path.map(String).join('.')) });
  return null;
}

/** The dossier, or null when it is gone (or unreadable: then nothing is derived from it). */
export async function readCandidate(reader: Reader, db: Firestore, candidateId: string): Promise<Candidate | null> {
  return parseStored(candidateSchema, await reader.doc(db.collection('candidates').doc(candidateId)), 'self_service.invalid_candidate');
}

/** Everything but the dossier that buildCandidateView needs, for `candidate` as it is now. */
export async function readViewSources(reader: Reader, db: Firestore, candidateId: string, candidate: Candidate, now: Date): Promise<CandidateViewSources> {
  const regions = db.collection('regions');
  const home = regions.doc(candidate.homeRegionId);
  const [regionSnap, memberSnap] = await reader.docs([home, ...(candidate.ownerUid ? [home.collection('members').doc(candidate.ownerUid)] : [])]);
  const member = memberSnap ? parseStored(memberSchema, memberSnap, 'self_service.invalid_member') : null;
  const regionName = regionSnap?.exists ? ((regionSnap.get('name') as string | undefined) ?? null) : null;
  const adviser: AdviserContact | null = member ? { name: member.displayName, email: member.email, regionId: candidate.homeRegionId, regionName } : null;

  const matchSnaps = await Promise.all(
    candidate.regionIds.map(async (regionId) => ({
      regionId,
      snapshot: await reader.query(regions.doc(regionId).collection('matches').where('candidateId', '==', candidateId)),
    })),
  );
  const matches = matchSnaps.flatMap(({ regionId, snapshot }) =>
    snapshot.docs.flatMap((doc) => {
      const match = parseStored(matchSchema, doc, 'self_service.invalid_match');
      return match ? [{ id: doc.id, regionId, match }] : [];
    }),
  );

  const organisationRefs = new Map(
    matches.map(({ regionId, match }) => [organisationKey(regionId, match.organisationId), regions.doc(regionId).collection('organisations').doc(match.organisationId)]),
  );
  const organisationSnaps = await reader.docs([...organisationRefs.values()]);
  const organisations = new Map<string, Organisation>();
  [...organisationRefs.keys()].forEach((key, i) => {
    const organisation = parseStored(organisationSchema, organisationSnaps[i]!, 'self_service.invalid_organisation');
    if (organisation) organisations.set(key, organisation);
  });

  const interactionSnap = await reader.query(
    db.collection('candidates').doc(candidateId).collection('interactions').orderBy('performedAt', 'desc').limit(contactsRead),
  );
  const interactions = interactionSnap.docs.flatMap((doc) => {
    const interaction = parseStored(interactionSchema, doc, 'self_service.invalid_interaction');
    return interaction ? [{ id: doc.id, interaction }] : [];
  });

  return { candidate, adviser, matches, organisations, interactions, now };
}
