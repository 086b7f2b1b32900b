// A Firestore document's storage size and field count, as Firestore counts them against its
// limits (1 MiB and 20,000 fields per document): names and strings as UTF-8 bytes + 1,
// numbers and timestamps 8, booleans and null 1, a map the sum of its keys and values, every
// key of a nested map a field of its own, 32 bytes per document plus its name.
import { Timestamp } from 'firebase-admin/firestore';

const stringBytes = (value: string) => Buffer.byteLength(value, 'utf8') + 1;

function valueBytes(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'number' || value instanceof Timestamp || value instanceof Date) return 8;
  if (typeof value === 'string') return stringBytes(value);
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + valueBytes(item), 0);
  if (typeof value === 'object') return Object.entries(value).reduce((sum, [key, item]) => sum + stringBytes(key) + valueBytes(item), 0);
  throw new Error(`Cannot size a ${typeof value}`);
}

function fieldCount(value: unknown): number {
  if (value === null || typeof value !== 'object' || value instanceof Timestamp || value instanceof Date || Array.isArray(value)) return 0;
  return Object.values(value).reduce<number>((sum, item) => sum + 1 + fieldCount(item), 0);
}

/** `path` is the document's path within the database, e.g. `regions/r/aggregates/current`. */
export function documentSize(path: string, data: Record<string, unknown>): { bytes: number; fields: number } {
  const name = path.split('/').reduce((sum, segment) => sum + stringBytes(segment), 16);
  return { bytes: name + valueBytes(data) + 32, fields: fieldCount(data) };
}
