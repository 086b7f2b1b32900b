import { messageEditWindowMinutes, typingFreshSeconds, type Member, type Message, type Thread, type Typing } from '@koers/domain';

// ---------------------------------------------------------------- mentions

/** The "@word" being typed right before the caret, or null: what the suggestion list filters on. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  // An @ at the start or after whitespace, followed by letters (names may hold spaces once picked).
  const match = /(^|\s)@([\p{L}'-]*)$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Participants whose name starts (in any word) with the query, case-insensitive. */
export function mentionCandidates<T extends { name: string }>(people: readonly T[], query: string): T[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...people];
  return people.filter((person) => person.name.toLocaleLowerCase().split(/\s+/).some((word) => word.startsWith(q)) || person.name.toLocaleLowerCase().startsWith(q));
}

/** Replaces the "@query" at `start` with "@Full Name " and returns the text and the new caret. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/**
 * The uids whose "@Name" is still in the text when it is sent (a mention deleted while editing
 * does not notify). A name must end at a word boundary, so "@Jan" does not match "@Janneke".
 */
export function extractMentions(text: string, participants: Readonly<Record<string, { name: string }>>, exceptUid?: string): string[] {
  return Object.entries(participants)
    .filter(([uid, { name }]) => uid !== exceptUid && name.trim() !== '' && containsMention(text, name))
    .map(([uid]) => uid)
    .sort();
}

function containsMention(text: string, name: string): boolean {
  const needle = `@${name}`;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return false;
    const next = text.charAt(at + needle.length);
    if (next === '' || !/[\p{L}\p{N}]/u.test(next)) return true;
    from = at + 1;
  }
}

/** Splits a message text into plain parts and mentions of known names, for highlighting. */
export function mentionParts(text: string, names: readonly string[]): Array<{ text: string; mention: boolean }> {
  const sorted = [...new Set(names.filter((name) => name.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [{ text, mention: false }];
  const escaped = sorted.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`@(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const parts: Array<{ text: string; mention: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mention: false });
    parts.push({ text: match[0], mention: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mention: false });
  return parts;
}

// ---------------------------------------------------------------- receipts, unread, editing

/** Names of the other participants who have read the thread since the message was written. */
export function readBy(thread: Pick<Thread, 'participants' | 'readAt'>, message: Pick<Message, 'createdAt' | 'authorUid'>): string[] {
  return Object.entries(thread.readAt)
    .filter(([uid, at]) => uid !== message.authorUid && thread.participants[uid] && at.getTime() >= message.createdAt.getTime())
    .map(([uid]) => thread.participants[uid]?.name ?? '')
    .sort((a, b) => a.localeCompare(b));
}

/** The newest text message of mine that is not deleted: where the read receipt goes. */
export function lastOwnMessage<T extends Pick<Message, 'authorUid' | 'kind' | 'deleted'>>(ascending: readonly T[], uid: string): T | null {
  for (let index = ascending.length - 1; index >= 0; index -= 1) {
    const message = ascending[index];
    if (message && message.authorUid === uid && message.kind === 'text' && !message.deleted) return message;
  }
  return null;
}

export function unreadFor(thread: Pick<Thread, 'unread'>, uid: string): number {
  return thread.unread[uid] ?? 0;
}

/** The navigation badge: unread messages over the live thread list. */
export function unreadTotal(threads: ReadonlyArray<Pick<Thread, 'unread'>>, uid: string): number {
  return threads.reduce((sum, thread) => sum + unreadFor(thread, uid), 0);
}

/** Whether the author may still edit or delete (the rules allow it within the window). */
export function canChangeMessage(message: Pick<Message, 'authorUid' | 'kind' | 'deleted' | 'createdAt'>, uid: string, now: Date): boolean {
  return (
    message.authorUid === uid &&
    message.kind === 'text' &&
    !message.deleted &&
    now.getTime() < message.createdAt.getTime() + messageEditWindowMinutes * 60_000
  );
}

// ---------------------------------------------------------------- typing

/** Names of the others whose typing entry is fresh. */
export function freshTypers(entries: ReadonlyArray<Typing & { id: string }>, uid: string, now: Date): string[] {
  return entries
    .filter((entry) => entry.id !== uid && now.getTime() - entry.at.getTime() < typingFreshSeconds * 1000)
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

/** Throttle for writing my own typing entry: at most once per interval while typing. */
export const typingWriteIntervalMs = 3000;

export function shouldWriteTyping(lastWrite: number | null, now: number): boolean {
  return lastWrite === null || now - lastWrite >= typingWriteIntervalMs;
}

// ---------------------------------------------------------------- drafts

export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const draftKey = (threadId: string) => `koers.messaging.draft.${threadId}`;

/** The unsent text of a thread, kept while switching threads (sessionStorage in the browser). */
export function loadDraft(store: DraftStore | null, threadId: string): string {
  try {
    return store?.getItem(draftKey(threadId)) ?? '';
  } catch {
    return '';
  }
}

export function saveDraft(store: DraftStore | null, threadId: string, text: string): void {
  try {
    if (text === '') store?.removeItem(draftKey(threadId));
    else store?.setItem(draftKey(threadId), text);
  } catch {
    // Storage full or blocked: the draft lives on in the composer's state.
  }
}

export function browserDraftStore(): DraftStore | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- eligibility

/**
 * Who may be invited (mirrors the startThread/addThreadParticipants checks): for a candidate
 * thread the region's coordinators and advisers plus HR/training of organisations the candidate
 * was introduced to; for a general thread anyone in the directory. Never the caller or people
 * already taking part.
 */
export function eligibleMembers<M extends Pick<Member, 'uid' | 'role' | 'organisationId'>>(
  members: readonly M[],
  options: { candidate: { introducedOrganisationIds: readonly string[] } | null; exclude: readonly string[] },
): M[] {
  return members.filter((member) => {
    if (options.exclude.includes(member.uid)) return false;
    if ((member.role as string) === 'candidate') return false;
    if (!options.candidate) return true;
    if (member.role === 'coordinator' || member.role === 'adviser') return true;
    return (member.role === 'hr' || member.role === 'training') && member.organisationId !== null && options.candidate.introducedOrganisationIds.includes(member.organisationId);
  });
}
