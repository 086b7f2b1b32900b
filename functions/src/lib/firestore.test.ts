import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { fromFirestoreData } from './firestore.js';

describe('fromFirestoreData', () => {
  it('turns Timestamps into Dates at any depth and leaves other values alone', () => {
    const at = new Date('2026-11-01T09:30:00.123Z');
    const data = { at: Timestamp.fromDate(at), nested: { list: [Timestamp.fromDate(at), 'x', 3, null] }, flag: true };
    expect(fromFirestoreData(data)).toEqual({ at, nested: { list: [at, 'x', 3, null] }, flag: true });
  });
});
