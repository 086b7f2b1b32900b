import { describe, expect, it } from 'vitest';
import { mergePreferences, notificationKindsFor, notificationTarget, preferenceValues, relativeTime, unreadBadgeText } from './notification-helpers';

const origin = 'https://koers.example.nl';

describe('notificationTarget', () => {
  it('keeps an app path as it is', () => {
    expect(notificationTarget('/berichten/t1', origin)).toEqual({ kind: 'internal', path: '/berichten/t1' });
  });

  it('turns a full URL to the same app into a path with its query and hash', () => {
    expect(notificationTarget('https://koers.example.nl/kandidaten/c1?tab=x#tijdlijn', origin)).toEqual({
      kind: 'internal',
      path: '/kandidaten/c1?tab=x#tijdlijn',
    });
  });

  it('leaves a URL to another site external', () => {
    expect(notificationTarget('https://elders.example.com/a', origin)).toEqual({ kind: 'external', href: 'https://elders.example.com/a' });
  });

  it('treats a protocol-relative link as another site, not an app path', () => {
    expect(notificationTarget('//evil.example.com/x', origin)).toBeNull();
  });

  it('refuses empty links and non-web schemes', () => {
    expect(notificationTarget('', origin)).toBeNull();
    expect(notificationTarget('   ', origin)).toBeNull();
    expect(notificationTarget('javascript:alert(1)', origin)).toBeNull();
    expect(notificationTarget('niet een link', origin)).toBeNull();
  });
});

describe('unreadBadgeText', () => {
  it('shows the count up to 99 and caps above', () => {
    expect(unreadBadgeText(1)).toBe('1');
    expect(unreadBadgeText(99)).toBe('99');
    expect(unreadBadgeText(100)).toBe('99+');
  });
});

describe('notificationKindsFor', () => {
  it('gives a candidate only messages', () => {
    expect(notificationKindsFor(['candidate'])).toEqual(['message']);
  });

  it('gives HR and training messages, mentions and matches', () => {
    expect(notificationKindsFor(['hr'])).toEqual(['message', 'mention', 'match']);
    expect(notificationKindsFor(['training'])).toEqual(['message', 'mention', 'match']);
  });

  it('gives a director messages and mentions', () => {
    expect(notificationKindsFor(['director'])).toEqual(['message', 'mention']);
  });

  it('gives staff every kind', () => {
    expect(notificationKindsFor(['adviser'])).toEqual(['message', 'mention', 'task', 'match', 'intake', 'handover']);
  });

  it('unites the kinds of several roles in the canonical order', () => {
    expect(notificationKindsFor(['director', 'hr'])).toEqual(['message', 'mention', 'match']);
  });

  it('gives no kinds to someone without a role that receives notifications', () => {
    expect(notificationKindsFor(['admin'])).toEqual([]);
    expect(notificationKindsFor([])).toEqual([]);
  });
});

describe('preferences', () => {
  it('starts each shown kind from the stored choice, else the default', () => {
    expect(preferenceValues({ message: 'daily' }, ['message', 'mention'])).toEqual({ message: 'daily', mention: 'immediate' });
    expect(preferenceValues(undefined, ['message'])).toEqual({ message: 'immediate' });
  });

  it('keeps stored choices for kinds the form did not show', () => {
    expect(mergePreferences({ task: 'in_app', message: 'daily' }, { message: 'immediate' })).toEqual({ task: 'in_app', message: 'immediate' });
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('is null under a minute', () => {
    expect(relativeTime(new Date('2026-12-01T11:59:30Z'), now)).toBeNull();
  });

  it('uses the largest whole unit in the past', () => {
    expect(relativeTime(new Date('2026-12-01T11:55:00Z'), now)).toEqual({ value: -5, unit: 'minute' });
    expect(relativeTime(new Date('2026-12-01T09:00:00Z'), now)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeTime(new Date('2026-11-29T12:00:00Z'), now)).toEqual({ value: -2, unit: 'day' });
  });
});
