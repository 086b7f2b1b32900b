import { mailSchema } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { creationInvitationId, invitationMail, resentInvitationId } from './invitation.js';

const at = new Date('2026-12-01T10:00:00Z');

describe('invitationMail', () => {
  const mail = invitationMail({ id: 'nijmegen', sender: 'Regioloket Nijmegen' }, { id: 'c1', name: 'Noor El Amrani', email: 'noor@example.nl' }, 'https://koers.example.nl/', at);

  it('invites the candidate in Dutch to sign in at /mijn/inloggen with the address it went to', () => {
    expect(mailSchema.parse(mail)).toEqual(mail);
    expect(mail.to).toEqual(['noor@example.nl']);
    expect(mail.message.subject).toBe('Je eigen pagina bij Regioloket Nijmegen');
    expect(mail.message.text).toContain('Beste Noor,');
    expect(mail.message.text).toContain('https://koers.example.nl/mijn/inloggen');
    expect(mail.meta).toEqual({ kind: 'candidate_invite', regionId: 'nijmegen', candidateId: 'c1', createdAt: at });
  });

  it('names no personal data but the first name', () => {
    expect(`${mail.message.text}${mail.message.html ?? ''}`).not.toMatch(/El Amrani|noor@example\.nl/);
  });

  it('has one id per dossier on creation and one per request when sent again', () => {
    expect(creationInvitationId('c1')).toBe('candidate-invite-c1');
    expect(resentInvitationId('c1', at)).toBe(`candidate-invite-c1-${at.getTime()}`);
  });
});
