// What follows a new candidate from a website or the API, as plain documents: the confirmation
// to the candidate (an outbox document in the Trigger Email extension's `mail` format), the
// notice to the region's intake owner (a notify.ts draft), and the owner's "first contact" task.
// Pure, so unit tests pin the texts and dates; intake-candidate.ts writes them in the intake's batch.
import type { CandidateSource, Mail, Task } from '@koers/domain';
import type { NotificationDraft } from '../notifications/notify.js';
import type { IntakeRegion } from './intake-region.js';

/** A Trigger Email document (see mailSchema) with the fields intake always sets. */
export type MailDocument = Mail & { message: { html: string }; meta: NonNullable<Mail['meta']> & { kind: 'intake_confirmation' } };

/** Days until the first-contact task is due: the desks promise an answer within two working days. */
export const firstContactDueDays = 2;

const channelLabel: Partial<Record<CandidateSource, string>> = {
  website_form: 'het contactformulier op de website',
  api: 'de website (API)',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

function paragraphs(lines: string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

export function confirmationMail(region: IntakeRegion, candidate: { id: string; name: string; email: string }, at: Date): MailDocument {
  const sender = region.settings.senderName || region.name;
  const firstName = candidate.name.split(/\s+/)[0] ?? candidate.name;
  const lines = [
    `Beste ${firstName},`,
    `Bedankt voor je aanmelding bij ${sender}. We hebben je gegevens goed ontvangen.`,
    'Een adviseur neemt binnen twee werkdagen contact met je op om kennis te maken en je vragen te beantwoorden.',
    'Wil je je gegevens laten wijzigen of verwijderen? Antwoord dan op deze e-mail.',
    `Met vriendelijke groet,\n${sender}`,
  ];
  return {
    to: [candidate.email],
    message: { subject: `We hebben je aanmelding ontvangen – ${sender}`, text: lines.join('\n\n'), html: paragraphs(lines) },
    meta: { kind: 'intake_confirmation', regionId: region.id, candidateId: candidate.id, createdAt: at },
  };
}

/**
 * The intake owner's notice (kind 'intake'): in the app and, as they prefer, by mail. It names
 * no personal data: the dossier link is enough, and mail is not the dossier.
 */
export function ownerNotification(region: IntakeRegion, candidateId: string, source: CandidateSource, appUrl: string): NotificationDraft {
  const link = `/kandidaten/${encodeURIComponent(candidateId)}`;
  const channel = channelLabel[source] ?? 'de website';
  const lines = [
    `Er heeft zich een nieuwe kandidaat aangemeld via ${channel} van ${region.name}.`,
    `Je bent intake-eigenaar: er staat een taak "eerste contact" voor je klaar. Open het dossier: ${appUrl.replace(/\/+$/, '')}${link}`,
  ];
  const title = `Nieuwe aanmelding in ${region.name}`.slice(0, 200);
  return {
    kind: 'intake',
    title,
    body: `Er heeft zich een nieuwe kandidaat aangemeld via ${channel}. Er staat een taak "eerste contact" voor je klaar.`,
    link,
    mail: { subject: title, text: lines.join('\n\n') },
    regionId: region.id,
    candidateId,
    mailKind: 'intake_notification',
  };
}

function isoDatePlusDays(at: Date, days: number): string {
  return new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether a write came from the intake itself (`api:<keyId>`, `form:website`), not a person:
 * its first-contact task needs no task notification, the owner already gets an intake one.
 */
export function isIntakeActor(actor: string): boolean {
  return actor.startsWith('api:') || actor.startsWith('form:');
}

export function firstContactTask(ownerUid: string, candidateId: string, actor: string, at: Date): Task {
  return {
    title: 'Eerste contact opnemen (nieuwe aanmelding)',
    candidateId,
    assigneeUid: ownerUid,
    dueDate: isoDatePlusDays(at, firstContactDueDays),
    done: false,
    doneAt: null,
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
    updatedBy: actor,
  };
}
