import { expect, test } from 'vitest';
import { planPilotImport } from './pilot-import.js';

const good = { naam: 'Bram Smit', email: 'bram@example.nl', privacy_consent: 'ja', fase: 'nieuw' };
const existing = [
  { id: 'c1', name: 'Anna de Vries', email: 'anna@example.nl', phone: '0612345678', birthDate: '1985-03-02', postcode: '6511 AB' },
];

test('valid new rows are created, known e-mails updated, bad rows reported and not written', () => {
  const { outcomes, writes } = planPilotImport(
    [good, { naam: 'Anna de Vries', email: 'ANNA@example.nl', privacy_consent: 'ja' }, { naam: 'Zonder toestemming', email: 'x@example.nl' }],
    existing,
  );
  expect(outcomes.map((outcome) => [outcome.row, outcome.action, outcome.candidateId])).toEqual([
    [1, 'create', null],
    [2, 'update', 'c1'],
    [3, 'invalid', null],
  ]);
  expect(outcomes[2]?.problems.map((problem) => problem.column)).toEqual(['privacy_consent']);
  expect(writes.map((write) => [write.row, write.existingId])).toEqual([
    [1, null],
    [2, 'c1'],
  ]);
});

test('the second row with the same e-mail in one file is not written', () => {
  const { outcomes, writes } = planPilotImport([good, { ...good, naam: 'Bram S.' }], []);
  expect(outcomes[1]).toMatchObject({ action: 'duplicate_in_file', reasons: ['same_email'] });
  expect(writes).toHaveLength(1);
});

test('a likely duplicate by phone or name and birth date is reported, not created', () => {
  const { outcomes, writes } = planPilotImport(
    [
      { naam: 'A. Jansen', email: 'other@example.nl', privacy_consent: 'ja', telefoon: '+31 6 12345678' },
      { naam: 'Anna de Vries', email: 'anna.devries@work.nl', privacy_consent: 'ja', geboortedatum: '02-03-1985' },
    ],
    existing,
  );
  expect(outcomes.map((outcome) => [outcome.action, outcome.candidateId, outcome.reasons])).toEqual([
    ['possible_duplicate', 'c1', ['same_phone']],
    ['possible_duplicate', 'c1', ['similar_name_and_birth_date']],
  ]);
  expect(writes).toEqual([]);
});
