import {
  Timestamp,
  onSnapshot,
  type DocumentReference,
  type FirestoreDataConverter,
  type Query,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { z } from 'zod';
import { InvalidDocumentError } from './errors';
import type { Subscribe } from './live-query';
import { meterDocument, meterQuery } from './read-meter';

/** A parsed document with its id. */
export type WithId<T> = T & { id: string };

/** Timestamps become Dates here, and nowhere else. */
export function toPlain(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  return value;
}

/**
 * The one boundary every document crosses: Firestore data → plain typed object, parsed with
 * the shared zod schema. Reading a document that does not match throws InvalidDocumentError.
 */
export function zodConverter<S extends z.ZodType<Record<string, unknown>>>(schema: S): FirestoreDataConverter<WithId<z.output<S>>> {
  return {
    toFirestore(model) {
      const { id: _id, ...data } = model as WithId<Record<string, unknown>>;
      return data;
    },
    fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
      const raw = toPlain(snapshot.data({ ...options, serverTimestamps: 'estimate' }));
      const result = schema.safeParse(raw);
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
        throw new InvalidDocumentError(snapshot.ref.path, issues);
      }
      return { ...result.data, id: snapshot.id };
    },
  };
}

/** Listener for one document; `null` when it does not exist. */
export function subscribeDoc<T>(ref: DocumentReference<T>): Subscribe<T | null> {
  return (next, fail) =>
    onSnapshot(
      ref,
      (snapshot) => {
        meterDocument(snapshot);
        try {
          next(snapshot.exists() ? (snapshot.data() ?? null) : null);
        } catch (error) {
          fail(error);
        }
      },
      fail,
    );
}

/**
 * Listener for a query. A document that fails its schema is left out of the list and
 * reported on the console, so one malformed document cannot hide all the others.
 */
export function subscribeList<T>(query: Query<T>): Subscribe<T[]> {
  return (next, fail) =>
    onSnapshot(
      query,
      (snapshot) => {
        meterQuery(snapshot);
        next(
          snapshot.docs.flatMap((doc) => {
            try {
              return [doc.data()];
            } catch (error) {
              console.error(error);
              return [];
            }
          }),
        );
      },
      fail,
    );
}
