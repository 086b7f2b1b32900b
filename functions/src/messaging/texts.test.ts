import { describe, expect, it } from 'vitest';
import { addedDraft, listNames, mentionDraft, messageDraft, participantsAddedText, previewOf, threadLink } from './texts.js';

const about = { threadId: 't1', title: 'Kennismaking De Klimop', regionId: 'nijmegen', candidateId: 'sanne', role: 'hr' as const, appUrl: 'https://koers.example.nl/' };

describe('messaging texts', () => {
  it('links staff to /berichten and the candidate to /mijn/berichten', () => {
    expect(threadLink('adviser', 't1')).toBe('/berichten/t1');
    expect(threadLink('candidate', 't1')).toBe('/mijn/berichten/t1');
    expect(messageDraft('Thomas Jansen', { ...about, role: 'candidate' }).mail.text).toContain('https://koers.example.nl/mijn/berichten/t1');
  });

  it('titles a new message and a mention with the author’s first name and the thread title', () => {
    expect(messageDraft('Thomas Jansen', about)).toMatchObject({ kind: 'message', title: 'Nieuw bericht van Thomas in ‘Kennismaking De Klimop’', link: '/berichten/t1' });
    expect(mentionDraft('Thomas Jansen', about)).toMatchObject({ kind: 'mention', title: 'Thomas noemde je in ‘Kennismaking De Klimop’' });
    expect(addedDraft('Thomas Jansen', about).title).toBe('Thomas heeft je toegevoegd aan ‘Kennismaking De Klimop’');
  });

  it('says who added whom and what they see', () => {
    expect(participantsAddedText('Thomas Jansen', ['Ingrid de Boer'], 'all')).toBe('Thomas heeft Ingrid toegevoegd (ziet het hele gesprek)');
    expect(participantsAddedText('Thomas Jansen', ['Ingrid de Boer', 'Piet Smit', 'Kees'], 'from_now')).toBe('Thomas heeft Ingrid, Piet en Kees toegevoegd (zien berichten vanaf nu)');
    expect(listNames([])).toBe('');
  });

  it('previews the first 140 characters on one line, and nothing of a deleted message', () => {
    const long = `Hallo\n\nallemaal ${'x'.repeat(300)}`;
    const preview = previewOf(long, false);
    expect(preview).toHaveLength(140);
    expect(preview.startsWith('Hallo allemaal x')).toBe(true);
    expect(preview.endsWith('…')).toBe(true);
    expect(previewOf('Kort', false)).toBe('Kort');
    expect(previewOf('Geheim', true)).toBe('');
  });
});
