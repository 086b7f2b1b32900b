// The Dutch texts of the match workflow's notifications and mails. Pure: no Firestore.
// Texts name the candidate by first name at most; mails to organisations not even that
// (mail is not the dossier), and mail metadata carries ids and a kind only.
import { mailSchema, notificationSchema, type Mail, type MatchStatus, type Notification } from '@koers/domain';
import type { NotificationDraft } from '../notifications/notify.js';

export interface IntroducedTo {
  organisationName: string;
  vacancyTitle: string | null;
  programmeName: string | null;
}

function forWhat(target: IntroducedTo): string {
  if (target.vacancyTitle) return ` voor de vacature ‘${target.vacancyTitle}’`;
  if (target.programmeName) return ` voor de opleiding ‘${target.programmeName}’`;
  return '';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** In-app notice to an organisation's HR or training staff: a candidate was introduced. */
export function introducedNotification(firstName: string, adviserName: string, target: IntroducedTo, at: Date): Notification {
  return notificationSchema.parse({
    kind: 'match',
    title: clip(`Nieuwe kandidaat voorgesteld aan ${target.organisationName}`, 200),
    body: clip(`${adviserName} van het regioloket stelt ${firstName} aan jullie voor${forWhat(target)}. Bekijk de introductie en laat weten of jullie kennis willen maken.`, 1000),
    link: '/organisatie',
    read: false,
    createdAt: at,
  });
}

function introducedMailMessage(target: IntroducedTo, appUrl: string): { subject: string; text: string } {
  const text = [
    `Het regioloket heeft via Koers een kandidaat aan ${target.organisationName} voorgesteld${forWhat(target)}.`,
    `Bekijk de introductie en geef je reactie in Koers: ${appUrl.replace(/\/+$/, '')}/organisatie`,
  ].join('\n\n');
  return { subject: 'Een kandidaat voorgesteld via Koers', text };
}

export function introducedMail(toUids: string[], regionId: string, candidateId: string, target: IntroducedTo, appUrl: string, at: Date): Mail {
  return mailSchema.parse({
    toUids,
    message: introducedMailMessage(target, appUrl),
    meta: { kind: 'match.introduced', regionId, candidateId, createdAt: at },
  });
}

/** The introduction notice for notify.ts: in the app, and by mail as each recipient prefers. */
export function introducedDraft(firstName: string, adviserName: string, target: IntroducedTo, regionId: string, candidateId: string, appUrl: string, at: Date): NotificationDraft {
  const { title, body, link } = introducedNotification(firstName, adviserName, target, at);
  return { kind: 'match', title, body, link, mail: introducedMailMessage(target, appUrl), regionId, candidateId, mailKind: 'match.introduced' };
}

const sentences: Record<MatchStatus, (organisation: string, firstName: string) => string> = {
  proposed: (o, n) => `${n} is voorgesteld aan ${o}.`,
  accepted: (o, n) => `${o} heeft ${n} geaccepteerd.`,
  conversation_requested: (o, n) => `${o} wil graag een gesprek met ${n}.`,
  declined: (o, n) => `${o} heeft ${n} afgewezen.`,
  interview_planned: (o, n) => `${o} heeft een gesprek met ${n} gepland.`,
  suitability_assessment: (o, n) => `${n} doet het geschiktheidsonderzoek bij ${o}.`,
  contract: (o, n) => `${n} krijgt een contract bij ${o}.`,
  enrolled: (o, n) => `${n} is ingeschreven bij ${o}.`,
  started: (o, n) => `${n} is gestart bij ${o}.`,
  withdrawn: (o, n) => `Het voorstel van ${n} aan ${o} is ingetrokken.`,
};

/** "Kindcentrum De Klimop heeft Sanne geaccepteerd." */
export function statusSentence(status: MatchStatus, organisationName: string, firstName: string): string {
  return sentences[status](organisationName, firstName);
}

/** In-app notice to the proposing adviser: the organisation answered or the match moved on. */
export function statusNotification(status: MatchStatus, organisationName: string, firstName: string, candidateId: string, response: string | null, at: Date): Notification {
  const sentence = statusSentence(status, organisationName, firstName);
  return notificationSchema.parse({
    kind: 'match',
    title: clip(status === 'withdrawn' ? `Voorstel aan ${organisationName} ingetrokken` : `Reactie van ${organisationName}`, 200),
    body: clip(response ? `${sentence} Toelichting: ${response}` : sentence, 1000),
    link: `/kandidaten/${candidateId}`,
    read: false,
    createdAt: at,
  });
}

function statusMailMessage(candidateId: string, status: MatchStatus, organisationName: string, appUrl: string): { subject: string; text: string } {
  const text = [
    `${statusSentence(status, organisationName, 'de kandidaat').replace(/^de kandidaat/, 'De kandidaat')}`,
    `Bekijk het dossier in Koers: ${appUrl.replace(/\/+$/, '')}/kandidaten/${candidateId}`,
  ].join('\n\n');
  return { subject: clip(`Reactie van ${organisationName} op een voorstel`, 200), text };
}

export function statusMail(toUid: string, regionId: string, candidateId: string, status: MatchStatus, organisationName: string, appUrl: string, at: Date): Mail {
  return mailSchema.parse({
    toUids: [toUid],
    message: statusMailMessage(candidateId, status, organisationName, appUrl),
    meta: { kind: 'match.status', regionId, candidateId, createdAt: at },
  });
}

/** The status notice to the proposing adviser for notify.ts. */
export function statusDraft(
  status: MatchStatus,
  organisationName: string,
  firstName: string,
  regionId: string,
  candidateId: string,
  response: string | null,
  appUrl: string,
  at: Date,
): NotificationDraft {
  const { title, body, link } = statusNotification(status, organisationName, firstName, candidateId, response, at);
  return { kind: 'match', title, body, link, mail: statusMailMessage(candidateId, status, organisationName, appUrl), regionId, candidateId, mailKind: 'match.status' };
}
