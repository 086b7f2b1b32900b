import { interactionSchema } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { registrationInteraction, registrationInteractionId, registrationSummary } from './registration-interaction.js';

const startsAt = new Date('2026-12-10T18:00:00Z');

describe('registrationInteractionId', () => {
  it('is the same for the same registration and differs between registrations', () => {
    const id = registrationInteractionId('nijmegen', 'act-1', 'reg-1');
    expect(registrationInteractionId('nijmegen', 'act-1', 'reg-1')).toBe(id);
    expect(registrationInteractionId('nijmegen', 'act-1', 'reg-2')).not.toBe(id);
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,128}$/);
  });
});

describe('registrationSummary', () => {
  it('names the activity and its Dutch date, and how the registration came in', () => {
    expect(registrationSummary('registered', 'website', 'Informatieavond', startsAt)).toBe('Aangemeld voor "Informatieavond" van 10 december 2026 (via de website)');
    expect(registrationSummary('registered', 'adviser', 'Informatieavond', startsAt)).toBe('Aangemeld voor "Informatieavond" van 10 december 2026');
  });

  it('follows the status: cancelled, attended, no-show', () => {
    expect(registrationSummary('cancelled', 'website', 'Meeloopdag', startsAt)).toMatch(/^Afgemeld voor "Meeloopdag"/);
    expect(registrationSummary('attended', 'website', 'Meeloopdag', startsAt)).toMatch(/^Aanwezig geweest bij "Meeloopdag"/);
    expect(registrationSummary('no_show', 'website', 'Meeloopdag', startsAt)).toMatch(/^Niet verschenen bij "Meeloopdag"/);
  });
});

describe('registrationInteraction', () => {
  it('is a valid contact-history entry of kind activity_registration', () => {
    const entry = registrationInteraction(
      { regionId: 'nijmegen', status: 'registered', source: 'website', registeredAt: startsAt, registeredBy: 'website', activityTitle: 'x'.repeat(200), activityStartsAt: startsAt },
      'Website',
      startsAt,
    );
    expect(interactionSchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({ kind: 'activity_registration', authorUid: 'website', authorName: 'Website', regionId: 'nijmegen' });
  });
});
