import { mailSchema } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { digestMail, digestMailId, groupPending, type PendingNotification } from './digest.js';

const item = (uid: string, id: string, minutes: number, read = false): PendingNotification => ({
  uid,
  id,
  title: `Melding ${id}`,
  link: `/kandidaten/${id}`,
  read,
  createdAt: new Date(Date.UTC(2026, 10, 30, 9, minutes)),
});

describe('daily digest', () => {
  it('groups unread notifications per person, oldest first, and sets read ones apart', () => {
    const { perUser, read } = groupPending([item('u1', 'b', 5), item('u2', 'c', 1), item('u1', 'a', 2), item('u1', 'r', 0, true)]);
    expect([...perUser.keys()].sort()).toEqual(['u1', 'u2']);
    expect(perUser.get('u1')!.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(read.map((entry) => entry.id)).toEqual(['r']);
  });

  it('names the mail after the person and the date in the Netherlands', () => {
    // 23:30 UTC on 30 November is already 1 December in Amsterdam.
    expect(digestMailId('u1', new Date('2026-11-30T23:30:00Z'))).toBe('digest-u1-2026-12-01');
    expect(digestMailId('u1', new Date('2026-11-30T22:30:00Z'))).toBe('digest-u1-2026-11-30');
  });

  it('lists titles with app links, to the person by uid', () => {
    const mail = digestMail('u1', [{ title: 'Nieuwe taak: Bel Sanne', link: '/taken' }, { title: 'Reactie van De Klimop', link: 'https://elders.example/x' }], 'https://koers.example/', new Date());
    expect(mailSchema.safeParse(mail).success).toBe(true);
    expect(mail.toUids).toEqual(['u1']);
    expect(mail.message.subject).toContain('2 meldingen');
    expect(mail.message.text).toContain('- Nieuwe taak: Bel Sanne\n  https://koers.example/taken');
    expect(mail.message.text).toContain('https://elders.example/x');
    expect(mail.message.text).toContain('https://koers.example/instellingen/meldingen');
  });

  it('speaks of one notification in the singular', () => {
    expect(digestMail('u1', [{ title: 'x', link: '/taken' }], 'https://koers.example', new Date()).message.subject).toContain('(1 melding)');
  });
});
