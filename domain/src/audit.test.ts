import { expect, test } from 'vitest';
import { changedFields } from './audit.js';

test('lists only the fields whose values changed, deeply compared', () => {
  const before = { name: 'A', sectors: ['po'], consent: { privacy: true }, at: new Date(1), gone: 1 };
  const after = { name: 'A', sectors: ['po', 'vo'], consent: { privacy: true }, at: new Date(1), added: 2 };
  expect(changedFields(before, after)).toEqual(['added', 'gone', 'sectors']);
});

test('a created or deleted document changes all its fields', () => {
  expect(changedFields(null, { b: 1, a: 2 })).toEqual(['a', 'b']);
  expect(changedFields({ a: 1 }, null)).toEqual(['a']);
});

test('timestamps compare by instant', () => {
  const stamp = (ms: number) => ({ toMillis: () => ms });
  expect(changedFields({ t: stamp(5) }, { t: stamp(5) })).toEqual([]);
  expect(changedFields({ t: stamp(5) }, { t: stamp(6) })).toEqual(['t']);
});
