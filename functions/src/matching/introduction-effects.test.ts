import { introductionProfile } from '@koers/domain';
import { candidateFixture } from '@koers/domain/testing';
import { describe, expect, it } from 'vitest';
import { journeyAfter, statusAuditId } from './introduction-effects.js';
import { introducedMail, introducedNotification, statusNotification, statusSentence } from './match-messages.js';

describe('the introduction profile', () => {
  it('has the first name and what the candidate wants and can, never contact data or notes', () => {
    const candidate = candidateFixture({
      name: 'Sanne  de Vries',
      email: 'sanne@example.nl',
      phone: '0612345678',
      address: 'Straat 1',
      notes: 'privé',
      motivation: 'Ik wil lesgeven.',
      subjects: ['wiskunde'],
    });
    const profile = introductionProfile(candidate);
    expect(profile).toEqual({
      firstName: 'Sanne',
      place: 'Nijmegen',
      sectors: ['po'],
      functions: [],
      subjects: ['wiskunde'],
      qualifications: [],
      priorEducation: null,
      motivation: 'Ik wil lesgeven.',
    });
    expect(JSON.stringify(profile)).not.toMatch(/sanne@example|0612345678|Straat|privé|Vries/);
  });
});

describe('the journey after a match status', () => {
  it('a contract or enrolment moves an earlier phase to preparation', () => {
    expect(journeyAfter({ phase: 'matching', status: 'active' }, 'contract')).toEqual({ phase: 'preparation' });
    expect(journeyAfter({ phase: 'decision', status: 'active' }, 'enrolled')).toEqual({ phase: 'preparation' });
    expect(journeyAfter({ phase: 'preparation', status: 'active' }, 'contract')).toEqual({});
  });
  it('started is the outcome; an exited or started candidate is never moved', () => {
    expect(journeyAfter({ phase: 'preparation', status: 'active' }, 'started')).toEqual({ status: 'started' });
    expect(journeyAfter({ phase: 'matching', status: 'exited' }, 'started')).toEqual({});
    expect(journeyAfter({ phase: 'matching', status: 'started' }, 'contract')).toEqual({});
  });
  it('answers before an outcome leave the journey alone', () => {
    expect(journeyAfter({ phase: 'matching', status: 'active' }, 'accepted')).toEqual({});
    expect(journeyAfter({ phase: 'matching', status: 'active' }, 'declined')).toEqual({});
  });
  it('one write of one status has one audit id', () => {
    const at = new Date('2026-11-30T10:00:00.123Z');
    expect(statusAuditId('m1', 'accepted', at)).toBe(`match-m1-accepted-${at.getTime()}`);
  });
});

describe('notices', () => {
  const about = { organisationName: 'Kindcentrum De Klimop', vacancyTitle: 'Leerkracht groep 5', programmeName: null };
  const at = new Date('2026-11-30T10:00:00Z');
  it('tell the organisation of a first name only, and the mail not even that', () => {
    const notification = introducedNotification('Sanne', 'Eva Adviseur', about, at);
    expect(notification).toMatchObject({ kind: 'match', link: '/organisatie', read: false });
    expect(notification.body).toContain('Sanne');
    expect(notification.body).toContain('Leerkracht groep 5');
    const mail = introducedMail(['u1'], 'nijmegen', 'c1', about, 'https://koers.example/', at);
    expect(mail.message.text).not.toContain('Sanne');
    expect(mail.message.text).toContain('https://koers.example/organisatie');
    expect(mail.meta).toEqual({ kind: 'match.introduced', regionId: 'nijmegen', candidateId: 'c1', createdAt: at });
  });
  it('tell the adviser what the organisation did', () => {
    expect(statusSentence('accepted', 'Kindcentrum De Klimop', 'Sanne')).toBe('Kindcentrum De Klimop heeft Sanne geaccepteerd.');
    const notice = statusNotification('declined', 'Kindcentrum De Klimop', 'Sanne', 'c1', 'Geen plek meer', at);
    expect(notice.body).toBe('Kindcentrum De Klimop heeft Sanne afgewezen. Toelichting: Geen plek meer');
    expect(notice.link).toBe('/kandidaten/c1');
  });
});
