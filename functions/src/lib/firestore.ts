// The one boundary where Firestore documents become plain typed objects: Timestamps become
// Dates, and the document is parsed with its zod schema from @koers/domain. Writes pass Dates
// as they are; the Admin SDK stores them as Timestamps.
import { Timestamp, type DocumentData, type FirestoreDataConverter, type QueryDocumentSnapshot } from 'firebase-admin/firestore';

export interface Parser<T> {
  parse(value: unknown): T;
}

/** Deep copy of Firestore data with every Timestamp turned into a Date. */
export function fromFirestoreData(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(fromFirestoreData);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromFirestoreData(item)]));
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A converter that parses what it reads with `schema` (throws on documents that break the contract). */
export function converter<T extends DocumentData>(schema: Parser<T>): FirestoreDataConverter<T> {
  return {
    toFirestore: (model) => model as DocumentData,
    fromFirestore: (snapshot: QueryDocumentSnapshot) => schema.parse(fromFirestoreData(snapshot.data())),
  };
}
