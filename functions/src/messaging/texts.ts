// The Dutch texts of messaging notifications and mails. Pure. Mails say who wrote in which
// thread and link to it; they never carry what was written.
import type { HistoryChoice, ParticipantRole } from '@koers/domain';
import type { NotificationDraft } from '../notifications/notify.js';
import { shortName } from './eligibility.js';

/** Where a participant opens the thread: candidates have their own part of the app. */
export function threadLink(role: ParticipantRole, threadId: string): string {
  return role === 'candidate' ? `/mijn/berichten/${threadId}` : `/berichten/${threadId}`;
}

export const previewLength = 140;

/** The start of a message for the thread list ('' for a deleted message). */
export function previewOf(text: string, deleted: boolean): string {
  if (deleted) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > previewLength ? `${flat.slice(0, previewLength - 1)}…` : flat;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface About {
  threadId: string;
  title: string;
  regionId: string;
  candidateId: string | null;
  /** The recipient's role, for the link. */
  role: ParticipantRole;
  appUrl: string;
}

function mailText(sentence: string, about: About): string {
  const url = `${about.appUrl.replace(/\/+$/, '')}${threadLink(about.role, about.threadId)}`;
  return `${sentence}\n\nLees het bericht in Koers: ${url}`;
}

function draft(kind: NotificationDraft['kind'], title: string, body: string, subject: string, sentence: string, about: About): NotificationDraft {
  return {
    kind,
    title: clip(title, 200),
    body: clip(body, 1000),
    link: threadLink(about.role, about.threadId),
    mail: { subject, text: mailText(sentence, about) },
    regionId: about.regionId,
    candidateId: about.candidateId,
  };
}

/** "Nieuw bericht van Thomas in ‘Kennismaking De Klimop’". */
export function messageDraft(authorName: string, about: About): NotificationDraft {
  const author = shortName(authorName);
  const sentence = `${author} heeft een nieuw bericht geplaatst in het gesprek ‘${about.title}’.`;
  return draft('message', `Nieuw bericht van ${author} in ‘${about.title}’`, sentence, `Nieuw bericht van ${author} in Koers`, sentence, about);
}

/** "Thomas noemde je in ‘Kennismaking De Klimop’". */
export function mentionDraft(authorName: string, about: About): NotificationDraft {
  const author = shortName(authorName);
  const sentence = `${author} heeft je genoemd in een bericht in het gesprek ‘${about.title}’.`;
  return draft('mention', `${author} noemde je in ‘${about.title}’`, sentence, `${author} noemde je in Koers`, sentence, about);
}

/** "Thomas heeft je toegevoegd aan ‘Kennismaking De Klimop’". */
export function addedDraft(adderName: string, about: About): NotificationDraft {
  const adder = shortName(adderName);
  const sentence = `${adder} heeft je toegevoegd aan het gesprek ‘${about.title}’.`;
  return draft('message', `${adder} heeft je toegevoegd aan ‘${about.title}’`, sentence, `${adder} heeft je toegevoegd aan een gesprek in Koers`, sentence, about);
}

/** "Ingrid en Piet" / "Ingrid, Piet en Kees". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1] ?? ''}`;
}

/** The system message: "Thomas heeft Ingrid toegevoegd (ziet het hele gesprek)". */
export function participantsAddedText(adderName: string, names: readonly string[], history: HistoryChoice): string {
  const sees = history === 'all' ? (names.length === 1 ? 'ziet het hele gesprek' : 'zien het hele gesprek') : names.length === 1 ? 'ziet berichten vanaf nu' : 'zien berichten vanaf nu';
  return clip(`${shortName(adderName)} heeft ${listNames(names.map(shortName))} toegevoegd (${sees})`, 5000);
}
