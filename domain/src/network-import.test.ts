import { describe, expect, test } from 'vitest';
import {
  applyNetworkMapping,
  countNetworkOutcomes,
  findOrganisationMatches,
  missingNetworkColumns,
  newContactId,
  newOrganisationId,
  organisationMatchKey,
  parseOrganisationType,
  parseSectors,
  planNetworkImport,
  suggestNetworkMapping,
  type NetworkImportExisting,
  type NetworkImportPlan,
  type NetworkRow,
} from './network-import.js';
import type { Contact, Organisation } from './schemas/network.js';

const org = (id: string, values: Partial<Organisation> = {}): Organisation & { id: string } => ({
  id,
  type: 'school',
  name: 'Basisschool De Wieken',
  sectors: ['po'],
  address: 'Molenstraat 1',
  postcode: '6651 AB',
  place: 'Druten',
  brin: null,
  boardId: null,
  website: null,
  ...values,
});

const contact = (id: string, organisationId: string, values: Partial<Contact> = {}): Contact & { id: string } => ({
  id,
  organisationId,
  name: 'Anna de Vries',
  jobTitle: 'Directeur',
  email: 'anna@wieken.nl',
  phone: null,
  ...values,
});

const none: NetworkImportExisting = { organisations: [], contacts: [] };

/** A plan applied to what exists: the documents as they would be afterwards (what a commit writes). */
function applyPlan(existing: NetworkImportExisting, plan: NetworkImportPlan): NetworkImportExisting {
  const organisations = new Map(existing.organisations.map((item) => [item.id, item]));
  const contacts = new Map(existing.contacts.map((item) => [item.id, item]));
  for (const write of plan.writes) {
    const target = (write.collection === 'organisations' ? organisations : contacts) as Map<string, Record<string, unknown> & { id: string }>;
    target.set(write.id, { ...(target.get(write.id) ?? {}), ...write.data, id: write.id });
  }
  return { organisations: [...organisations.values()], contacts: [...contacts.values()] };
}

describe('column mapping', () => {
  test('headers that name a field, or a common alias, are mapped; a name column is required', () => {
    const mapping = suggestNetworkMapping(['Soort', 'Naam', 'Sector', 'Plaats', 'BRIN-nummer', 'Contactpersoon', 'Functie', 'E-mail', 'Telefoon', 'Kleur']);
    expect(mapping).toEqual({
      type: 'Soort',
      naam: 'Naam',
      sectoren: 'Sector',
      plaats: 'Plaats',
      brin: 'BRIN-nummer',
      contact_naam: 'Contactpersoon',
      contact_functie: 'Functie',
      contact_email: 'E-mail',
      contact_telefoon: 'Telefoon',
    });
    expect(missingNetworkColumns(mapping)).toEqual([]);
    expect(missingNetworkColumns(suggestNetworkMapping(['Plaats']))).toEqual(['naam']);
  });

  test('mapping keeps only mapped fields, trimmed', () => {
    expect(applyNetworkMapping([{ Naam: '  OBS Noord ', Extra: 'x' }], { naam: 'Naam', plaats: 'Plaats' })).toEqual([{ naam: 'OBS Noord', plaats: '' }]);
  });
});

describe('values as people write them', () => {
  test('organisation types in Dutch or as codes', () => {
    expect(parseOrganisationType('Schoolbestuur')).toBe('school_board');
    expect(parseOrganisationType('lerarenopleiding')).toBe('training_institute');
    expect(parseOrganisationType('school')).toBe('school');
    expect(parseOrganisationType('Regioloket')).toBe('regional_desk');
    expect(parseOrganisationType('kinderopvang')).toBeNull();
  });

  test('sectors by code or name, in any separator; unknown words are reported', () => {
    expect(parseSectors('Primair onderwijs, vo; SO')).toEqual({ sectors: ['po', 'vo', 'so'], unknown: [] });
    expect(parseSectors('po en praktijkonderwijs / hbo')).toEqual({ sectors: ['po', 'ho', 'pro'], unknown: [] });
    expect(parseSectors('po, kinderopvang')).toEqual({ sectors: ['po'], unknown: ['kinderopvang'] });
  });
});

describe('matching and ids', () => {
  test('an organisation is recognised by BRIN, else by normalized name and place', () => {
    expect(organisationMatchKey({ brin: ' 12ab ', name: 'X', place: null })).toBe('brin:12AB');
    expect(organisationMatchKey({ brin: null, name: 'Basisschool  Één', place: 'Druten' })).toBe(organisationMatchKey({ brin: null, name: 'basisschool een', place: ' druten ' }));
  });

  test('a row with a BRIN also finds the same name and place without a BRIN, but not one with another BRIN', () => {
    const stored = [org('a'), org('b', { place: 'Wijchen', brin: '99ZZ' })];
    expect(findOrganisationMatches(stored, { brin: '12AB', name: 'Basisschool De Wieken', place: 'Druten' }).map((o) => o.id)).toEqual(['a']);
    expect(findOrganisationMatches(stored, { brin: '12AB', name: 'Basisschool De Wieken', place: 'Wijchen' })).toEqual([]);
  });

  test('ids derive from the region and the match key, and never reuse a taken id', () => {
    const id = newOrganisationId('nijmegen', { brin: null, name: 'OBS Noord', place: 'Nijmegen' });
    expect(id).toMatch(/^nijmegen-obs-noord-[0-9a-f]{10}$/);
    expect(newOrganisationId('nijmegen', { brin: null, name: 'obs  noord', place: 'NIJMEGEN' })).toBe(id);
    expect(newOrganisationId('nijmegen', { brin: null, name: 'OBS Noord', place: 'Nijmegen' }, new Set([id]))).toBe(`${id}-2`);
    expect(newContactId(id, { email: 'A@x.nl', name: 'Anna' })).toBe(newContactId(id, { email: 'a@x.nl', name: 'anna' }));
    expect(newContactId(id, { email: 'a@x.nl', name: 'Anna' }).length).toBeLessThanOrEqual(128);
  });
});

describe('planning an import', () => {
  const header = (row: NetworkRow): NetworkRow => row;

  test('new organisations with a contact are created, each with its contact', () => {
    const plan = planNetworkImport('nijmegen', [
      header({ type: 'school', naam: 'OBS Noord', sectoren: 'po', plaats: 'Nijmegen', postcode: '6511ab', website: 'www.obsnoord.nl', contact_naam: 'Piet Jansen', contact_functie: 'Directeur', contact_email: 'Piet@ObsNoord.nl' }),
    ], none);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]).toMatchObject({ row: 1, status: 'create', organisation: { action: 'create', name: 'OBS Noord' }, contact: { action: 'create', name: 'Piet Jansen' } });
    const [organisationWrite, contactWrite] = plan.writes;
    expect(organisationWrite).toMatchObject({ collection: 'organisations', kind: 'create', data: { type: 'school', sectors: ['po'], postcode: '6511 AB', website: 'https://www.obsnoord.nl', brin: null, boardId: null } });
    expect(contactWrite).toMatchObject({ collection: 'contacts', kind: 'create', data: { organisationId: organisationWrite!.id, email: 'piet@obsnoord.nl', jobTitle: 'Directeur', phone: null } });
  });

  test('invalid rows are skipped with every reason, and the others still planned', () => {
    const plan = planNetworkImport('nijmegen', [
      { type: 'kinderopvang', naam: 'Ukkie', postcode: '123', sectoren: 'po, xx' },
      { naam: 'Zonder type' },
      { type: 'school', naam: 'Met fout contact', contact_email: 'geen-mail', contact_telefoon: 'bel me' },
      { type: 'school', naam: 'Goed' },
    ], none);
    expect(plan.rows.map((row) => row.status)).toEqual(['invalid', 'invalid', 'invalid', 'create']);
    expect(plan.rows[0]!.problems.map((problem) => problem.code).sort()).toEqual(['postcode_invalid', 'sector_unknown', 'type_unknown']);
    expect(plan.rows[1]!.problems).toEqual([{ column: 'type', code: 'type_missing' }]);
    expect(plan.rows[2]!.problems.map((problem) => problem.code).sort()).toEqual(['contact_email_invalid', 'contact_name_missing', 'contact_phone_invalid']);
    expect(plan.writes).toHaveLength(1);
    expect(countNetworkOutcomes(plan.rows)).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 3 });
  });

  test('only invalid rows plan no writes', () => {
    expect(planNetworkImport('nijmegen', [{ naam: '' }, { type: 'x', naam: 'Y' }], none).writes).toEqual([]);
  });

  test('rows of the same organisation in the file are merged: one document, a second contact, a repeated row unchanged', () => {
    const rows: NetworkRow[] = [
      { type: 'school', naam: 'OBS Noord', plaats: 'Nijmegen', contact_naam: 'Piet', contact_email: 'piet@noord.nl' },
      { type: 'School', naam: 'obs noord', plaats: 'nijmegen', contact_naam: 'Kees', contact_email: 'kees@noord.nl' },
      { type: 'school', naam: 'OBS Noord', plaats: 'Nijmegen', contact_naam: 'Piet', contact_email: 'PIET@noord.nl' },
    ];
    const plan = planNetworkImport('nijmegen', rows, none);
    expect(plan.rows.map((row) => row.status)).toEqual(['create', 'create', 'unchanged']);
    expect(plan.rows[1]!.organisation).toMatchObject({ action: 'unchanged', sameAsRow: 1 });
    expect(plan.rows[2]!.contact).toMatchObject({ action: 'unchanged', sameAsRow: 1 });
    expect(plan.writes.filter((write) => write.collection === 'organisations')).toHaveLength(1);
    expect(plan.writes.filter((write) => write.collection === 'contacts')).toHaveLength(2);
  });

  test('an organisation in Firestore is updated with what the row gives; empty cells keep stored values', () => {
    const stored = org('nij-wieken', { updatedAt: new Date('2026-01-01T00:00:00Z') });
    const plan = planNetworkImport('nijmegen', [{ naam: 'Basisschool De Wieken', plaats: 'Druten', sectoren: 'po, so', adres: '', website: 'https://wieken.nl' }], {
      organisations: [stored],
      contacts: [],
    });
    expect(plan.rows[0]).toMatchObject({ status: 'update', organisation: { id: 'nij-wieken', action: 'update', changes: ['sectors', 'website'] } });
    expect(plan.writes).toEqual([
      { collection: 'organisations', kind: 'update', id: 'nij-wieken', data: { sectors: ['po', 'so'], website: 'https://wieken.nl' }, baseUpdatedAt: stored.updatedAt, rows: [1] },
    ]);
  });

  test('a contact in Firestore is matched by e-mail, else by name, within its organisation only', () => {
    const existing = {
      organisations: [org('nij-wieken'), org('nij-other', { name: 'Andere school' })],
      contacts: [contact('c1', 'nij-wieken'), contact('c2', 'nij-wieken', { name: 'Bert Bos', email: null }), contact('c3', 'nij-other')],
    };
    const plan = planNetworkImport('nijmegen', [
      { naam: 'Basisschool De Wieken', plaats: 'Druten', contact_naam: 'Anna de Vries', contact_email: 'ANNA@wieken.nl', contact_functie: 'Directeur' },
      { naam: 'Basisschool De Wieken', plaats: 'Druten', contact_naam: 'bert bos', contact_telefoon: '024 123 45 67' },
    ], existing);
    expect(plan.rows[0]).toMatchObject({ status: 'unchanged', contact: { id: 'c1', action: 'unchanged' } });
    expect(plan.rows[1]).toMatchObject({ status: 'update', contact: { id: 'c2', action: 'update', changes: ['phone'] } });
  });

  test('a school names its board by name or BRIN, even a board further down the file; an unknown board is invalid', () => {
    const plan = planNetworkImport('nijmegen', [
      { type: 'school', naam: 'OBS Noord', plaats: 'Nijmegen', bestuur: 'Stichting Noord' },
      { type: 'school', naam: 'OBS Zuid', plaats: 'Nijmegen', bestuur: 'Stichting Onbekend' },
      { type: 'bestuur', naam: 'Stichting Noord', plaats: 'Nijmegen' },
      { type: 'bestuur', naam: 'Stichting Fout', bestuur: 'Stichting Noord' },
    ], none);
    const board = plan.writes.find((write) => write.kind === 'create' && write.collection === 'organisations' && write.data.name === 'Stichting Noord');
    expect(plan.rows.map((row) => row.status)).toEqual(['create', 'invalid', 'create', 'invalid']);
    expect(plan.writes.find((write) => write.kind === 'create' && write.data.name === 'OBS Noord')?.data).toMatchObject({ boardId: board!.id });
    expect(plan.rows[1]!.problems).toEqual([{ column: 'bestuur', code: 'board_not_found', value: 'Stichting Onbekend' }]);
    expect(plan.rows[3]!.problems).toEqual([{ column: 'bestuur', code: 'board_for_school_only' }]);
  });

  test('two stored organisations with the same name and place make a row without BRIN ambiguous', () => {
    const plan = planNetworkImport('nijmegen', [{ naam: 'Basisschool De Wieken', plaats: 'Druten' }], {
      organisations: [org('a'), org('b')],
      contacts: [],
    });
    expect(plan.rows[0]).toMatchObject({ status: 'invalid', problems: [{ column: 'naam', code: 'ambiguous_match' }] });
  });

  test('running the same file again, after it was written, changes nothing and creates nothing', () => {
    const rows: NetworkRow[] = [
      { type: 'bestuur', naam: 'Stichting Noord', plaats: 'Nijmegen', brin: '41XY' },
      { type: 'school', naam: 'OBS Noord', plaats: 'Nijmegen', brin: '12ab', bestuur: '41XY', sectoren: 'po', contact_naam: 'Piet', contact_email: 'piet@noord.nl' },
      { type: 'school', naam: 'OBS Noord', plaats: 'Nijmegen', brin: '12AB', contact_naam: 'Kees' },
      { type: 'school', naam: 'Zonder BRIN', plaats: 'Beuningen', contact_naam: 'Els' },
      { type: 'x', naam: 'Ongeldig' },
    ];
    const first = planNetworkImport('nijmegen', rows, { organisations: [org('nij-wieken')], contacts: [] });
    expect(countNetworkOutcomes(first.rows)).toEqual({ create: 4, update: 0, unchanged: 0, invalid: 1 });
    const after = applyPlan({ organisations: [org('nij-wieken')], contacts: [] }, first);
    expect(after.organisations).toHaveLength(4);
    expect(after.contacts).toHaveLength(3);

    const second = planNetworkImport('nijmegen', rows, after);
    expect(second.writes).toEqual([]);
    expect(countNetworkOutcomes(second.rows)).toEqual({ create: 0, update: 0, unchanged: 4, invalid: 1 });
  });

  test('a retry after only part of the writes landed creates the rest under the same ids', () => {
    const rows: NetworkRow[] = [
      { type: 'school', naam: 'A-school', plaats: 'Nijmegen', contact_naam: 'Piet', contact_email: 'piet@a.nl' },
      { type: 'school', naam: 'B-school', plaats: 'Nijmegen', contact_naam: 'Kees', contact_email: 'kees@b.nl' },
    ];
    const full = planNetworkImport('nijmegen', rows, none);
    const partial = applyPlan(none, { rows: full.rows, writes: full.writes.slice(0, 2) });
    const retry = planNetworkImport('nijmegen', rows, partial);
    expect(retry.writes.map((write) => write.id).sort()).toEqual(full.writes.slice(2).map((write) => write.id).sort());
    expect(retry.writes.every((write) => write.kind === 'create')).toBe(true);
  });

  test('a new organisation never takes the id of a renamed one that still holds it', () => {
    const id = newOrganisationId('nijmegen', { brin: null, name: 'OBS Noord', place: 'Nijmegen' });
    const renamed = org(id, { name: 'OBS Noorderlicht', place: 'Nijmegen' });
    const plan = planNetworkImport('nijmegen', [{ type: 'school', naam: 'OBS Noord', plaats: 'Nijmegen' }], { organisations: [renamed], contacts: [] });
    expect(plan.writes).toMatchObject([{ kind: 'create', id: `${id}-2` }]);
  });
});
