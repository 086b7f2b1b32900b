// Reads for the candidate app (Firestore Lite): every document is parsed with its shared zod
// schema, Timestamps become Dates, and each read is counted for the benchmarks.
import { Timestamp, getDoc, getDocs, type DocumentReference, type Query } from 'firebase/firestore/lite';
import { config, type z } from 'zod';
import { InvalidDocumentError } from '../../lib/errors';
import { env } from '../../lib/env';

export type WithId<T> = T & { id: string };
/** A listed document also says where it lives (activities: their region is in the path). */
export type Listed<T> = WithId<T> & { path: string };

type DocumentSchema = z.ZodType<Record<string, unknown>>;

// Each schema here parses a document or two per visit: compiling a fast path for it (zod's JIT,
// `new Function` per object schema) costs more on a phone than it ever saves.
config({ jitless: true });

let reads = 0;
if (env.VITE_USE_EMULATORS) {
  Object.defineProperty(window, '__koersReads', { get: () => reads, configurable: true });
}

function toPlain(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  return value;
}

function parse<S extends DocumentSchema>(schema: S, path: string, data: unknown): z.output<S> {
  const result = schema.safeParse(toPlain(data));
  if (!result.success) {
    throw new InvalidDocumentError(path, result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '));
  }
  return result.data;
}

/** One document, parsed; null when it does not exist. */
export async function readDoc<S extends DocumentSchema>(ref: DocumentReference, schema: S): Promise<WithId<z.output<S>> | null> {
  const snapshot = await getDoc(ref);
  reads += 1;
  if (!snapshot.exists()) return null;
  return { ...parse(schema, ref.path, snapshot.data()), id: snapshot.id };
}

/**
 * The documents of a query, parsed. A document that breaks its schema is left out and
 * reported on the console, so one bad document cannot hide the others.
 */
export async function readList<S extends DocumentSchema>(query: Query, schema: S): Promise<Listed<z.output<S>>[]> {
  const snapshot = await getDocs(query);
  reads += Math.max(1, snapshot.size);
  return snapshot.docs.flatMap((doc) => {
    try {
      return [{ ...parse(schema, doc.ref.path, doc.data()), id: doc.id, path: doc.ref.path }];
    } catch (error) {
      console.error(error);
      return [];
    }
  });
}
