import { describe, expect, it } from 'vitest';
import {
  dutchDate,
  fieldProblems,
  isActivityListed,
  isActivityListedFor,
  isOpenForRegistration,
  isVacancyListed,
  publicActivitySchema,
  publicRegistrationInputSchema,
  publicVacancySchema,
  registrationOpenness,
  toPublicActivity,
  toPublicVacancy,
} from './public-offer.js';
import type { Activity, Organisation, Vacancy } from './schemas/network.js';

const stamps = { createdAt: new Date('2026-10-01T08:00:00Z'), createdBy: 'uid-adviser', updatedAt: new Date('2026-10-02T08:00:00Z'), updatedBy: 'uid-adviser' };

const activity: Activity = {
  kind: 'information_meeting',
  title: 'Informatieavond zij-instroom',
  description: 'Alles over de overstap.',
  startsAt: new Date('2026-12-10T18:00:00Z'),
  endsAt: new Date('2026-12-10T20:00:00Z'),
  location: 'Nijmegen',
  online: false,
  capacity: 30,
  published: true,
  crossRegional: false,
  registrationCount: 12,
  ...stamps,
};

const vacancy: Vacancy = {
  organisationId: 'nij-school',
  title: 'Leerkracht groep 5',
  sector: 'po',
  subjects: ['groepsleerkracht_po'],
  hoursPerWeek: 32,
  lateralEntry: true,
  closingDate: '2026-12-31',
  description: 'Een mooie school.',
  published: true,
  ...stamps,
};

const school: Organisation = {
  type: 'school',
  name: 'Kindcentrum De Klimop',
  sectors: ['po'],
  address: 'Dorpsstraat 1',
  postcode: '6511 AB',
  place: 'Nijmegen',
  brin: '12AB',
  boardId: 'nij-board',
  website: 'https://klimop.example',
  ...stamps,
};

describe('toPublicActivity', () => {
  it('keeps only public fields, dates as ISO strings, with the places left', () => {
    const result = toPublicActivity('act-1', 'nijmegen', activity);
    expect(result).toEqual({
      id: 'act-1',
      regionId: 'nijmegen',
      kind: 'information_meeting',
      title: 'Informatieavond zij-instroom',
      description: 'Alles over de overstap.',
      startsAt: '2026-12-10T18:00:00.000Z',
      endsAt: '2026-12-10T20:00:00.000Z',
      location: 'Nijmegen',
      online: false,
      capacity: 30,
      placesLeft: 18,
      crossRegional: false,
    });
    expect(publicActivitySchema.parse(result)).toEqual(result);
    expect(JSON.stringify(result)).not.toContain('uid-adviser');
  });

  it('has no places left below zero, and none at all without a capacity', () => {
    expect(toPublicActivity('a', 'nijmegen', { ...activity, registrationCount: 40 }).placesLeft).toBe(0);
    expect(toPublicActivity('a', 'nijmegen', { ...activity, capacity: null }).placesLeft).toBeNull();
  });
});

describe('toPublicVacancy', () => {
  it("shows the school's public fields, never its address, BRIN, board or stamps", () => {
    const result = toPublicVacancy('vac-1', vacancy, school);
    expect(result.school).toEqual({ name: 'Kindcentrum De Klimop', place: 'Nijmegen', type: 'school', website: 'https://klimop.example' });
    expect(publicVacancySchema.parse(result)).toEqual(result);
    const body = JSON.stringify(result);
    for (const secret of ['Dorpsstraat', '6511 AB', '12AB', 'nij-board', 'uid-adviser', 'organisationId', 'published']) expect(body).not.toContain(secret);
  });

  it('shows a vacancy without its school when the school is missing', () => {
    expect(toPublicVacancy('vac-1', vacancy, null).school).toBeNull();
  });
});

describe('listing', () => {
  const now = new Date('2026-12-10T19:00:00Z');

  it('lists published activities until they end, never drafts', () => {
    expect(isActivityListed(activity, now)).toBe(true);
    expect(isActivityListed({ ...activity, endsAt: now }, now)).toBe(false);
    expect(isActivityListed({ ...activity, published: false }, now)).toBe(false);
  });

  it("lists another region's activity only when it is cross-regional", () => {
    expect(isActivityListedFor(activity, 'midden-brabant', 'nijmegen', now)).toBe(false);
    expect(isActivityListedFor({ ...activity, crossRegional: true }, 'midden-brabant', 'nijmegen', now)).toBe(true);
    expect(isActivityListedFor(activity, 'nijmegen', 'nijmegen', now)).toBe(true);
  });

  it('lists published vacancies up to and including their closing date (Dutch time)', () => {
    // 23:30 UTC on the 31st is already 1 January in the Netherlands.
    expect(dutchDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(isVacancyListed(vacancy, new Date('2026-12-31T22:30:00Z'))).toBe(true);
    expect(isVacancyListed(vacancy, new Date('2026-12-31T23:30:00Z'))).toBe(false);
    expect(isVacancyListed({ ...vacancy, closingDate: null }, now)).toBe(true);
    expect(isVacancyListed({ ...vacancy, published: false }, now)).toBe(false);
  });
});

describe('registrationOpenness', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('is open for a published activity that has not started and has places left', () => {
    expect(registrationOpenness(activity, 29, now)).toBe('open');
    expect(isOpenForRegistration(activity, now)).toBe(true);
    expect(registrationOpenness({ ...activity, capacity: null }, 5_000, now)).toBe('open');
  });

  it('is closed when unpublished, started or full', () => {
    expect(registrationOpenness({ ...activity, published: false }, 0, now)).toBe('unpublished');
    expect(registrationOpenness(activity, 0, activity.startsAt)).toBe('started');
    expect(registrationOpenness(activity, 30, now)).toBe('full');
    expect(isOpenForRegistration({ ...activity, registrationCount: 30 }, now)).toBe(false);
  });
});

describe('publicRegistrationInputSchema', () => {
  const valid = { name: 'Sanne de Boer', email: 'sanne@example.nl', privacyConsent: true, website: '', elapsedMs: 9_000 };

  it('accepts a registration, with an empty phone as none', () => {
    expect(publicRegistrationInputSchema.parse({ ...valid, phone: '' })).toMatchObject({ name: 'Sanne de Boer', phone: null });
    expect(publicRegistrationInputSchema.parse({ ...valid, phone: '06 12345678' }).phone).toBe('06 12345678');
  });

  it('names each problem: missing name, bad e-mail, no consent, bad phone', () => {
    const result = publicRegistrationInputSchema.safeParse({ email: 'nope', privacyConsent: false, phone: 'call me', elapsedMs: 9_000 });
    expect(result.success).toBe(false);
    const fields = fieldProblems(result.error!.issues).map((problem) => problem.field);
    expect(fields.sort()).toEqual(['email', 'name', 'phone', 'privacyConsent']);
  });
});

describe('publicRegistrationInputSchema: e-mail', () => {
  it('accepts an address typed with spaces around it', () => {
    const parsed = publicRegistrationInputSchema.parse({ name: 'Sanne', email: ' sanne@example.nl ', privacyConsent: true, elapsedMs: 5_000 });
    expect(parsed.email).toBe('sanne@example.nl');
  });
});
