import { describe, expect, it } from 'vitest';
import { candidateProfileSchema } from './schemas/candidate.js';
import { contactFormInputSchema, contactFormQuestionSummary, contactFormToIntake, publicContactFormSchema } from './contact-form.js';
import { fieldProblems } from './public-offer.js';

const sent = {
  name: 'Sanne de Boer',
  email: ' Sanne.de.Boer@Example.NL ',
  phone: '06 12345678',
  place: 'Wijchen',
  interests: ['po', 'vo'],
  question: 'Kan ik met een hbo-diploma economie lesgeven?',
  consent: true,
  website: '',
  elapsedMs: 9_000,
};

const problemFields = (body: unknown) => {
  const parsed = contactFormInputSchema.safeParse(body);
  return parsed.success ? [] : fieldProblems(parsed.error.issues).map((problem) => problem.field).sort();
};

describe('the contact form body', () => {
  it('accepts a filled-in form and trims the e-mail address', () => {
    const parsed = contactFormInputSchema.parse(sent);
    expect(parsed).toMatchObject({ email: 'Sanne.de.Boer@Example.NL', interests: ['po', 'vo'], consent: true, elapsedMs: 9_000 });
  });

  it('treats empty optional fields as not given and missing interests as none', () => {
    const parsed = contactFormInputSchema.parse({ name: 'Sanne', email: 's@example.nl', phone: ' ', place: '', question: '   ', consent: true, elapsedMs: 3_000 });
    expect(parsed).toMatchObject({ phone: null, place: null, question: null, interests: [] });
  });

  it('names every field that is wrong, consent included', () => {
    expect(problemFields({ name: '', email: 'geen-adres', phone: 'bel me', interests: ['kinderopvang'], consent: false, elapsedMs: 1 })).toEqual([
      'consent',
      'email',
      'interests.0',
      'name',
      'phone',
    ]);
    const missingConsent = contactFormInputSchema.safeParse({ ...sent, consent: undefined });
    expect(missingConsent.success).toBe(false);
    expect(missingConsent.error?.issues[0]?.message).toMatch(/consent/);
  });

  it('refuses a question or place longer than the form allows, and a body without the form guard time', () => {
    expect(problemFields({ ...sent, question: 'x'.repeat(2_001) })).toEqual(['question']);
    expect(problemFields({ ...sent, question: 'x'.repeat(2_000) })).toEqual([]);
    expect(problemFields({ ...sent, place: 'x'.repeat(201) })).toEqual(['place']);
    expect(problemFields({ ...sent, elapsedMs: undefined })).toEqual(['elapsedMs']);
  });

  it('leaves the honeypot to the form guard: a filled one is no field problem', () => {
    expect(problemFields({ ...sent, website: 'https://spam.example' })).toEqual([]);
  });
});

describe('contactFormToIntake', () => {
  it('makes a valid profile of what the visitor gave, with the e-mail lower-cased and nothing invented', () => {
    const intake = contactFormToIntake(contactFormInputSchema.parse({ ...sent, interests: ['vo', 'po', 'vo'] }));
    expect(candidateProfileSchema.parse(intake.profile)).toEqual({
      name: 'Sanne de Boer',
      email: 'sanne.de.boer@example.nl',
      phone: '06 12345678',
      linkedin: null,
      birthDate: null,
      address: null,
      postcode: null,
      place: 'Wijchen',
      motivation: null,
      sectors: ['vo', 'po'],
      functions: [],
      qualifications: [],
      subjects: [],
      priorEducation: null,
    });
    expect(intake).toMatchObject({ phase: null, status: null, notes: null, exitReasonText: null, customFields: {} });
  });

  it('keeps the question as one contact in the history', () => {
    const intake = contactFormToIntake(contactFormInputSchema.parse(sent));
    expect(intake.interactions).toEqual([
      { kind: 'other', summary: contactFormQuestionSummary, notes: sent.question, performedAt: null, performedByName: null, durationMinutes: null },
    ]);
  });

  it('adds no contact when there is no question', () => {
    const intake = contactFormToIntake(contactFormInputSchema.parse({ ...sent, question: '', phone: '', place: '' }));
    expect(intake.interactions).toEqual([]);
    expect(intake.profile).toMatchObject({ phone: null, place: null });
  });
});

describe('the public contact form configuration', () => {
  it('holds only the region, its privacy text and the interests; nothing else passes', () => {
    const config = { regionId: 'nijmegen', regionName: 'Rijk van Nijmegen', privacyText: 'We gebruiken je gegevens alleen om…', interests: ['po', 'vo'] };
    expect(publicContactFormSchema.parse(config)).toEqual(config);
    expect(publicContactFormSchema.safeParse({ ...config, allowedOrigins: ['https://x.example'] }).success).toBe(false);
  });
});
