import { expect, test } from 'vitest';
import { pilotCandidateSchema } from './pilot-candidate.js';
import {
  applyPilotMapping,
  chunk,
  combineChunkOutcomes,
  countOutcomes,
  headerKey,
  missingRequiredColumns,
  pilotCsvColumns,
  rowsToWrite,
  suggestPilotMapping,
} from './pilot-import-file.js';
import type { ImportRowOutcome } from './pilot-import.js';

const outcome = (row: number, action: ImportRowOutcome['action'], candidateId: string | null = null): ImportRowOutcome => ({
  row,
  action,
  problems: action === 'duplicate_in_file' ? [{ column: 'email', message: 'same e-mail as row 1' }] : [],
  candidateId,
  reasons: [],
});

test('the CSV columns are every field of the pilot schema except the nested ones', () => {
  const nested = ['custom_fields', 'interacties'];
  expect([...pilotCsvColumns].sort()).toEqual(Object.keys(pilotCandidateSchema.shape).filter((key) => !nested.includes(key)).sort());
});

test('headers compare without case, accents, spaces, dashes, underscores or a byte-order mark', () => {
  expect(headerKey('\uFEFFPrivacy Consent')).toBe(headerKey('privacy_consent'));
  expect(headerKey('E-MAIL')).toBe('email');
  expect(headerKey('Reden van uitstroom ')).toBe(headerKey('reden_van_uitstroom'));
  expect(headerKey('Fáse')).toBe('fase');
});

test('headers that name a pilot field are mapped to it, whatever their case or accents', () => {
  const mapping = suggestPilotMapping(['NAAM', 'E-mail', 'Privacy consent', 'Plaats', 'Vooropleiding', 'Lievelingskleur']);
  expect(mapping).toEqual({ naam: 'NAAM', email: 'E-mail', privacy_consent: 'Privacy consent', plaats: 'Plaats', vooropleiding: 'Vooropleiding' });
  expect(missingRequiredColumns(mapping)).toEqual([]);
});

test('common aliases are recognised, but an exact field name wins and no header is used twice', () => {
  expect(suggestPilotMapping(['Naam', 'E-mailadres', 'Toestemming', 'Woonplaats', 'Telefoonnummer'])).toEqual({
    naam: 'Naam',
    email: 'E-mailadres',
    privacy_consent: 'Toestemming',
    plaats: 'Woonplaats',
    telefoon: 'Telefoonnummer',
  });
  // "plaats" names the field exactly, so the alias "woonplaats" stays unused.
  expect(suggestPilotMapping(['Woonplaats', 'plaats'])).toEqual({ plaats: 'plaats' });
  // One header never fills two fields.
  expect(Object.values(suggestPilotMapping(['email', 'e-mail']))).toEqual(['email']);
});

test('required fields that are not mapped are named', () => {
  expect(missingRequiredColumns(suggestPilotMapping(['Naam', 'Telefoon']))).toEqual(['email', 'privacy_consent']);
});

test('mapping keeps only mapped fields, renames them to pilot names and cuts over-long values', () => {
  const rows = applyPilotMapping(
    [
      { 'Volledige naam': 'Bram Smit', Mail: 'bram@example.nl', Kleur: 'blauw' },
      { 'Volledige naam': 'x'.repeat(25_000) },
    ],
    { naam: 'Volledige naam', email: 'Mail' },
  );
  expect(rows[0]).toEqual({ naam: 'Bram Smit', email: 'bram@example.nl' });
  expect(rows[1]).toEqual({ naam: 'x'.repeat(20_000), email: '' });
});

test('chunks are consecutive slices of at most the given size', () => {
  const items = Array.from({ length: 1201 }, (_, index) => index);
  const chunks = chunk(items, 500);
  expect(chunks.map((part) => part.length)).toEqual([500, 500, 201]);
  expect(chunks.flat()).toEqual(items);
  expect(chunk([], 500)).toEqual([]);
  expect(() => chunk(items, 0)).toThrow(RangeError);
});

test("chunk reports become one report in file rows, and the callable's in-chunk duplicates point at the file row", () => {
  const emails = ['a@x.nl', 'b@x.nl', 'c@x.nl', 'A@x.nl', 'e@x.nl'];
  const combined = combineChunkOutcomes(
    [
      [outcome(1, 'create'), outcome(2, 'invalid')],
      [outcome(1, 'possible_duplicate', 'seed-1'), outcome(2, 'create')],
      [outcome(1, 'update', 'seed-2')],
    ],
    2,
    [1, 2, 3, 4, 5],
    emails,
  );
  expect(combined.map((item) => [item.row, item.action, item.candidateId, item.duplicateOfRow])).toEqual([
    [1, 'create', null, null],
    [2, 'invalid', null, null],
    [3, 'possible_duplicate', 'seed-1', null],
    // Row 4 repeats row 1's e-mail in another chunk: the callable could not see that.
    [4, 'duplicate_in_file', null, 1],
    [5, 'update', 'seed-2', null],
  ]);
  expect(countOutcomes(combined)).toEqual({ create: 1, update: 1, invalid: 1, duplicate_in_file: 1, possible_duplicate: 1 });
  expect(rowsToWrite(combined)).toEqual([1, 5]);

  const inChunk = combineChunkOutcomes([[outcome(1, 'create')], [outcome(1, 'duplicate_in_file')]], 1, [1, 2], ['a@x.nl', 'a@x.nl']);
  expect(inChunk[1]).toMatchObject({ row: 2, action: 'duplicate_in_file', duplicateOfRow: 1 });
});

test('a commit of selected rows reports in the file rows they came from', () => {
  const combined = combineChunkOutcomes([[outcome(1, 'create'), outcome(2, 'create')], [outcome(1, 'update', 'seed-2')]], 2, [2, 5, 9], Array.from({ length: 9 }, (_, index) => `p${index}@x.nl`));
  expect(combined.map((item) => [item.row, item.action])).toEqual([
    [2, 'create'],
    [5, 'create'],
    [9, 'update'],
  ]);
  expect(() => combineChunkOutcomes([[outcome(3, 'create')]], 2, [1, 2], ['a@x.nl', 'b@x.nl'])).toThrow(RangeError);
});
