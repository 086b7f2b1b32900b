import { describe, expect, test } from 'vitest';
import { fromPilotCandidate, parsePilotCsvRow, pilotCandidateSchema, toIsoDate } from './pilot-candidate.js';

const minimal = { naam: 'Sanne de Boer', email: 'Sanne@Example.nl', privacy_consent: true };

describe('the pilot API body', () => {
  test('maps Dutch fields and values onto Koers codes', () => {
    const input = pilotCandidateSchema.parse({
      ...minimal,
      telefoon: '06 12345678',
      geboortedatum: '02-03-1985',
      postcode: '6511ab',
      linkedin: 'linkedin.com/in/sanne',
      fase: 'matchen',
      sector: ['Voortgezet onderwijs', 'Praktijk onderwijs'],
      functie: ['Docent / leraar'],
      kwalificatie: ['Tweedegraads'],
      vooropleiding: 'wo master',
      custom_fields: [{ field_name: 'bron_campagne', field_value: 'radio' }],
      interacties: [{ soort: ['Adviesgesprek'], samenvatting: 'Eerste gesprek', uitgevoerd_op: '2026-10-01', duur: '45' }],
    });
    const mapped = fromPilotCandidate(input);
    expect(mapped.profile).toMatchObject({
      email: 'sanne@example.nl',
      birthDate: '1985-03-02',
      postcode: '6511 AB',
      linkedin: 'https://linkedin.com/in/sanne',
      sectors: ['vo', 'pro'],
      functions: ['teacher'],
      qualifications: ['second_degree'],
      priorEducation: 'wo_master',
    });
    expect(mapped.phase).toBe('matching');
    expect(mapped.status).toBe('active');
    expect(mapped.customFields).toEqual({ bron_campagne: 'radio' });
    expect(mapped.interactions).toEqual([
      { kind: 'advice_conversation', summary: 'Eerste gesprek', notes: null, performedAt: '2026-10-01', performedByName: null, durationMinutes: 45 },
    ]);
  });

  test('rejects values outside the vocabularies, naming each field', () => {
    const result = pilotCandidateSchema.safeParse({ ...minimal, sector: ['voortgezet onderwijs'], fase: 'klaar', onbekend: 1 });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path[0]).filter(Boolean).sort()).toEqual(['fase', 'sector']);
    expect(issues.find((issue) => issue.code === 'unrecognized_keys')).toMatchObject({ keys: ['onbekend'] });
  });

  test('without consent nothing can be stored', () => {
    const result = pilotCandidateSchema.safeParse({ ...minimal, privacy_consent: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['privacy_consent']);
  });
});

describe('pilot CSV rows', () => {
  test('splits multi-select columns and reads the consent checkbox', () => {
    const parsed = parsePilotCsvRow({ naam: 'Bram Smit', email: 'bram@example.nl', privacy_consent: 'checked', sector: 'Primair onderwijs, Speciaal onderwijs', fase: 'nieuw', extra: 'x' });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.candidate.sector).toEqual(['Primair onderwijs', 'Speciaal onderwijs']);
  });

  test('reports every problem of a bad row by column', () => {
    const parsed = parsePilotCsvRow({ naam: '', email: 'geen-email', privacy_consent: '', postcode: '12' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.column).sort()).toEqual(['email', 'naam', 'postcode', 'privacy_consent']);
  });
});

test('dates are read in ISO and Dutch notation, impossible dates are refused', () => {
  expect(toIsoDate('1985-03-02')).toBe('1985-03-02');
  expect(toIsoDate('2-3-1985')).toBe('1985-03-02');
  expect(toIsoDate('31-02-1985')).toBeNull();
  expect(toIsoDate('gisteren')).toBeNull();
});
