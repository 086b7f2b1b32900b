// How an activity registration shows in the candidate's contact history: one entry per
// registration (a deterministic id, so a re-delivered event finds it), whose summary follows the
// registration's status.
import { createHash } from 'node:crypto';
import type { Interaction, RegistrationSource, RegistrationStatus } from '@koers/domain';

export function registrationInteractionId(regionId: string, activityId: string, registrationId: string): string {
  return `registration-${createHash('sha256').update(`${regionId}/${activityId}/${registrationId}`).digest('hex').slice(0, 32)}`;
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });

const sourceSuffix: Record<RegistrationSource, string> = {
  website: ' (via de website)',
  candidate: ' (door de kandidaat)',
  adviser: '',
};

/** The history line (Dutch, as the dossier shows it): what happened, the activity, its date. */
export function registrationSummary(status: RegistrationStatus, source: RegistrationSource, title: string, startsAt: Date): string {
  const shortTitle = title.length > 300 ? `${title.slice(0, 299)}…` : title;
  const activity = `"${shortTitle}" van ${dateFormat.format(startsAt)}`;
  switch (status) {
    case 'registered':
      return `Aangemeld voor ${activity}${sourceSuffix[source]}`;
    case 'cancelled':
      return `Afgemeld voor ${activity}`;
    case 'attended':
      return `Aanwezig geweest bij ${activity}`;
    case 'no_show':
      return `Niet verschenen bij ${activity}`;
  }
}

export interface RegistrationFacts {
  regionId: string;
  status: RegistrationStatus;
  source: RegistrationSource;
  registeredAt: Date;
  registeredBy: string;
  activityTitle: string;
  activityStartsAt: Date;
}

export function registrationInteraction(facts: RegistrationFacts, authorName: string, createdAt: Date): Interaction {
  return {
    kind: 'activity_registration',
    summary: registrationSummary(facts.status, facts.source, facts.activityTitle, facts.activityStartsAt),
    notes: null,
    performedAt: facts.registeredAt,
    durationMinutes: null,
    regionId: facts.regionId,
    organisationId: null,
    authorUid: facts.registeredBy,
    authorName: authorName.slice(0, 200),
    createdAt,
  };
}
