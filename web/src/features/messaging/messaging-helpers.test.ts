import type { Thread } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import {
  canChangeMessage,
  eligibleMembers,
  extractMentions,
  freshTypers,
  insertMention,
  lastOwnMessage,
  loadDraft,
  mentionCandidates,
  mentionParts,
  mentionQueryAt,
  readBy,
  saveDraft,
  shouldWriteTyping,
  unreadTotal,
  type DraftStore,
} from './messaging-helpers';

const participants = {
  'u-ingrid': { name: 'Ingrid de Vries' },
  'u-jan': { name: 'Jan Jansen' },
  'u-janneke': { name: 'Janneke Bos' },
};

describe('mentionQueryAt', () => {
  it('finds the @word right before the caret', () => {
    expect(mentionQueryAt('Hoi @Ing', 8)).toEqual({ start: 4, query: 'Ing' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('ignores an @ inside a word (an e-mail address) or after a finished mention', () => {
    expect(mentionQueryAt('mail jan@school.nl', 18)).toBeNull();
    expect(mentionQueryAt('@Ingrid de Vries ', 17)).toBeNull();
    expect(mentionQueryAt('geen at', 7)).toBeNull();
  });
});

describe('mentionCandidates', () => {
  it('matches any word of the name, case-insensitively', () => {
    const people = Object.entries(participants).map(([uid, { name }]) => ({ uid, name }));
    expect(mentionCandidates(people, 'vr').map((person) => person.uid)).toEqual(['u-ingrid']);
    expect(mentionCandidates(people, 'jan').map((person) => person.uid)).toEqual(['u-jan', 'u-janneke']);
    expect(mentionCandidates(people, '')).toHaveLength(3);
  });
});

describe('insertMention', () => {
  it('replaces the typed query with the full name and moves the caret after it', () => {
    expect(insertMention('Hoi @Ing, kom je?', 4, 8, 'Ingrid de Vries')).toEqual({ text: 'Hoi @Ingrid de Vries , kom je?', caret: 21 });
  });
});

describe('extractMentions', () => {
  it('returns the uids whose @Name is still in the text', () => {
    expect(extractMentions('@Ingrid de Vries en @Jan Jansen, graag', participants)).toEqual(['u-ingrid', 'u-jan']);
  });

  it('does not take a name for the start of a longer one, nor a name without @', () => {
    expect(extractMentions('@Janneke Bos en Jan Jansen', participants)).toEqual(['u-janneke']);
    expect(extractMentions('@Jan Jansenius', participants)).toEqual([]);
  });

  it('leaves out the author', () => {
    expect(extractMentions('@Jan Jansen', participants, 'u-jan')).toEqual([]);
  });
});

describe('mentionParts', () => {
  it('splits the text around mentions of known names', () => {
    expect(mentionParts('Hoi @Jan Jansen!', ['Jan Jansen'])).toEqual([
      { text: 'Hoi ', mention: false },
      { text: '@Jan Jansen', mention: true },
      { text: '!', mention: false },
    ]);
    expect(mentionParts('geen', [])).toEqual([{ text: 'geen', mention: false }]);
  });
});

describe('read receipts', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
  const thread = {
    participants: {
      me: { name: 'Ik' },
      'u-ingrid': { name: 'Ingrid' },
      'u-piet': { name: 'Piet' },
    },
    readAt: { me: at(9), 'u-ingrid': at(5), 'u-piet': at(2) },
  } as unknown as Pick<Thread, 'participants' | 'readAt'>;

  it('names the others who read the thread at or after the message', () => {
    expect(readBy(thread, { authorUid: 'me', createdAt: at(5) })).toEqual(['Ingrid']);
    expect(readBy(thread, { authorUid: 'me', createdAt: at(1) })).toEqual(['Ingrid', 'Piet']);
    expect(readBy(thread, { authorUid: 'me', createdAt: at(6) })).toEqual([]);
  });

  it('puts the receipt under my newest message that is not deleted', () => {
    const messages = [
      { id: 'a', authorUid: 'me', kind: 'text' as const, deleted: false },
      { id: 'b', authorUid: 'me', kind: 'text' as const, deleted: true },
      { id: 'c', authorUid: 'u-ingrid', kind: 'text' as const, deleted: false },
    ];
    expect(lastOwnMessage(messages, 'me')?.id).toBe('a');
    expect(lastOwnMessage(messages, 'nobody')).toBeNull();
  });
});

describe('unreadTotal', () => {
  it('sums my unread entries over the threads, counting missing entries as 0', () => {
    expect(unreadTotal([{ unread: { me: 2, other: 5 } }, { unread: {} }, { unread: { me: 1 } }], 'me')).toBe(3);
  });
});

describe('canChangeMessage', () => {
  const createdAt = new Date('2026-12-01T10:00:00Z');
  const message = { authorUid: 'me', kind: 'text' as const, deleted: false, createdAt };
  it('allows the author within the edit window only', () => {
    expect(canChangeMessage(message, 'me', new Date('2026-12-01T10:14:59Z'))).toBe(true);
    expect(canChangeMessage(message, 'me', new Date('2026-12-01T10:15:00Z'))).toBe(false);
    expect(canChangeMessage(message, 'other', new Date('2026-12-01T10:01:00Z'))).toBe(false);
    expect(canChangeMessage({ ...message, deleted: true }, 'me', new Date('2026-12-01T10:01:00Z'))).toBe(false);
    expect(canChangeMessage({ ...message, kind: 'participants_added' }, 'me', new Date('2026-12-01T10:01:00Z'))).toBe(false);
  });
});

describe('typing', () => {
  const now = new Date('2026-12-01T10:00:10Z');
  it('shows the others whose entry is fresher than typingFreshSeconds', () => {
    const entries = [
      { id: 'u-ingrid', name: 'Ingrid', at: new Date('2026-12-01T10:00:07Z') },
      { id: 'u-piet', name: 'Piet', at: new Date('2026-12-01T10:00:01Z') },
      { id: 'me', name: 'Ik', at: new Date('2026-12-01T10:00:09Z') },
    ];
    expect(freshTypers(entries, 'me', now)).toEqual(['Ingrid']);
  });

  it('writes my entry at most once per 3 seconds', () => {
    expect(shouldWriteTyping(null, 1000)).toBe(true);
    expect(shouldWriteTyping(1000, 3999)).toBe(false);
    expect(shouldWriteTyping(1000, 4000)).toBe(true);
  });
});

describe('drafts', () => {
  function memoryStore(): DraftStore & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
  }

  it('keeps a draft per thread and forgets it when emptied', () => {
    const store = memoryStore();
    saveDraft(store, 't1', 'half af');
    saveDraft(store, 't2', 'iets anders');
    expect(loadDraft(store, 't1')).toBe('half af');
    expect(loadDraft(store, 't2')).toBe('iets anders');
    saveDraft(store, 't1', '');
    expect(loadDraft(store, 't1')).toBe('');
    expect(store.items.size).toBe(1);
  });

  it('survives a storage that throws', () => {
    const broken: DraftStore = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(() => saveDraft(broken, 't1', 'x')).not.toThrow();
    expect(loadDraft(broken, 't1')).toBe('');
    expect(loadDraft(null, 't1')).toBe('');
  });
});

describe('eligibleMembers', () => {
  const members = [
    { uid: 'me', role: 'adviser' as const, organisationId: null },
    { uid: 'coord', role: 'coordinator' as const, organisationId: null },
    { uid: 'dir', role: 'director' as const, organisationId: null },
    { uid: 'hr-in', role: 'hr' as const, organisationId: 'school-a' },
    { uid: 'hr-out', role: 'hr' as const, organisationId: 'school-b' },
    { uid: 'train-in', role: 'training' as const, organisationId: 'pabo' },
  ];

  it('for a candidate thread: staff plus HR/training of organisations the candidate was introduced to', () => {
    const uids = eligibleMembers(members, { candidate: { introducedOrganisationIds: ['school-a', 'pabo'] }, exclude: ['me'] }).map((member) => member.uid);
    expect(uids).toEqual(['coord', 'hr-in', 'train-in']);
  });

  it('for a general thread: anyone in the directory except those excluded', () => {
    const uids = eligibleMembers(members, { candidate: null, exclude: ['me', 'coord'] }).map((member) => member.uid);
    expect(uids).toEqual(['dir', 'hr-in', 'hr-out', 'train-in']);
  });
});
