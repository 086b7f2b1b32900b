import { describe, expect, it } from 'vitest';
import { scoreActivity, suggestActivities, type SuggestibleActivity, type SuggestionProfile } from './activity-suggestions.js';

const profile: SuggestionProfile = { phase: 'orientation', sectors: ['mbo'], subjects: ['wiskunde'] };

function activity(overrides: Partial<SuggestibleActivity & { startsAt: Date; id: string }> = {}) {
  return {
    id: 'a',
    kind: 'other' as const,
    title: 'Bijeenkomst',
    description: 'Een avond over werken in het onderwijs.',
    startsAt: new Date('2026-03-01T18:00:00Z'),
    ...overrides,
  };
}

describe('scoreActivity', () => {
  it('suggests a kind that suits the phase, the best-suited kind scoring highest', () => {
    const first = scoreActivity(activity({ kind: 'information_meeting' }), profile);
    const later = scoreActivity(activity({ kind: 'open_day' }), profile);
    expect(first.reasons).toEqual([{ kind: 'phase', phase: 'orientation' }]);
    expect(first.score).toBeGreaterThan(later.score);
    expect(later.score).toBeGreaterThan(0);
  });

  it('gives no score and no reason to an activity that fits neither phase nor interests', () => {
    expect(scoreActivity(activity({ kind: 'network_event' }), profile)).toEqual({ score: 0, reasons: [] });
  });

  it('names the sector and subject found in title or description, as whole words, without regard to case or accents', () => {
    const result = scoreActivity(activity({ title: 'Meeloopdag MBO', description: 'Kijk mee bij een les Wiskunde.' }), profile);
    expect(result.reasons).toEqual([
      { kind: 'sector', sector: 'mbo' },
      { kind: 'subject', subject: 'wiskunde' },
    ]);
    // "so" must not match inside "personeel" or "soms".
    const partial = scoreActivity(activity({ description: 'Soms personeelsavond.' }), { ...profile, sectors: ['so'], subjects: [] });
    expect(partial.reasons).toEqual([]);
  });

  it('finds a subject by its other words and by its code with spaces', () => {
    const profileWithSubjects: SuggestionProfile = { phase: 'preparation', sectors: [], subjects: ['klassieke_talen', 'lichamelijke_opvoeding'] };
    expect(scoreActivity(activity({ kind: 'webinar', title: 'Latijn geven' }), profileWithSubjects).reasons).toEqual([{ kind: 'subject', subject: 'klassieke_talen' }]);
    expect(scoreActivity(activity({ kind: 'webinar', title: 'Lichamelijke opvoeding' }), profileWithSubjects).reasons).toEqual([{ kind: 'subject', subject: 'lichamelijke_opvoeding' }]);
  });
});

describe('suggestActivities', () => {
  it('orders by score, then the soonest first, leaves out what scores nothing and keeps to the limit', () => {
    const interests = activity({ id: 'interests', kind: 'open_day', title: 'Open dag mbo: wiskunde' });
    const phaseSoon = activity({ id: 'soon', kind: 'information_meeting', startsAt: new Date('2026-02-01T18:00:00Z') });
    const phaseLater = activity({ id: 'later', kind: 'information_meeting', startsAt: new Date('2026-04-01T18:00:00Z') });
    const none = activity({ id: 'none', kind: 'network_event' });
    const result = suggestActivities([none, phaseLater, phaseSoon, interests], profile, 2);
    expect(result.map(({ activity: { id } }) => id)).toEqual(['interests', 'soon']);
    expect(suggestActivities([none], profile)).toEqual([]);
  });
});
