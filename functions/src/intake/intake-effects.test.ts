import { mailSchema, taskSchema } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { confirmationMail, firstContactTask, isIntakeActor, ownerNotification } from './intake-effects.js';
import type { IntakeRegion } from './intake-region.js';

const region: IntakeRegion = {
  id: 'nijmegen',
  name: 'RAP Nijmegen',
  municipalities: ['Nijmegen'],
  settings: { losingSightDays: 30, senderName: 'Regioloket <Nijmegen>', privacyText: '', customFields: [], allowedOrigins: [] },
};
const at = new Date('2026-11-30T10:00:00Z');

describe('intake follow-up documents', () => {
  it('confirms to the candidate in the Trigger Email format, escaping HTML', () => {
    const mail = confirmationMail(region, { id: 'c1', name: 'Sanne de Vries', email: 'sanne@example.org' }, at);
    expect(mail.to).toEqual(['sanne@example.org']);
    expect(mail.message.text).toContain('Beste Sanne,');
    expect(mail.message.html).toContain('Regioloket &lt;Nijmegen&gt;');
    expect(mail.message.html).not.toContain('<Nijmegen>');
    expect(mailSchema.safeParse(mail).success).toBe(true);
  });

  it('tells the intake owner of the new dossier with a link and no personal data', () => {
    const draft = ownerNotification(region, 'c1', 'website_form', 'https://koers.example/');
    expect(draft).toMatchObject({ kind: 'intake', title: 'Nieuwe aanmelding in RAP Nijmegen', link: '/kandidaten/c1', regionId: 'nijmegen', candidateId: 'c1' });
    expect(draft.mail.text).toContain('https://koers.example/kandidaten/c1');
    expect(draft.mail.text).toContain('contactformulier');
    expect(draft.mail.subject).toBe('Nieuwe aanmelding in RAP Nijmegen');
  });

  it('knows the intake’s own writes from a person’s', () => {
    expect(isIntakeActor('form:website')).toBe(true);
    expect(isIntakeActor('api:key-1')).toBe(true);
    expect(isIntakeActor('uid-owner')).toBe(false);
  });

  it('gives the owner a first-contact task due in two days', () => {
    expect(firstContactTask('uid-owner', 'c1', 'form:website', at)).toMatchObject({ assigneeUid: 'uid-owner', candidateId: 'c1', dueDate: '2026-12-02', done: false, createdBy: 'form:website' });
    expect(taskSchema.safeParse(firstContactTask('uid-owner', 'c1', 'form:website', at)).success).toBe(true);
  });
});
