// The match vocabulary and the candidate's match preferences, apart from the match documents'
// schemas: the candidate's app and the candidate schema need only these, and a module's zod
// schemas are all built when it loads (bundlers keep them: zod calls are not provably pure).
import { z } from 'zod';
import { isoDateSchema } from './common.js';

/**
 * A match's steps. `proposed` opens it; the school or institute answers (`accepted`,
 * `conversation_requested`, `declined`); outcomes follow; the adviser may `withdraw` at any time.
 */
export const matchStatuses = [
  'proposed',
  'accepted',
  'conversation_requested',
  'declined',
  'interview_planned',
  'suitability_assessment',
  'contract',
  'enrolled',
  'started',
  'withdrawn',
] as const;
export type MatchStatus = (typeof matchStatuses)[number];

/** Statuses after which nothing changes any more. */
export const closedMatchStatuses = ['declined', 'started', 'withdrawn'] as const satisfies readonly MatchStatus[];

/** What an organisation's own staff may set on an introduction addressed to them. */
export const organisationMatchStatuses = {
  school: ['accepted', 'conversation_requested', 'declined', 'interview_planned', 'suitability_assessment', 'contract', 'started'],
  training_institute: ['accepted', 'conversation_requested', 'declined', 'interview_planned', 'enrolled', 'started'],
} as const satisfies Record<string, readonly MatchStatus[]>;

/** Which kind of organisation a match is with. */
export const matchTargetKinds = ['school', 'programme'] as const;
export type MatchTargetKind = (typeof matchTargetKinds)[number];

/** What a suggestion points at: a vacancy, a school (open application) or a training programme. */
export const suggestionTargetKinds = ['vacancy', 'school', 'programme'] as const;
export type SuggestionTargetKind = (typeof suggestionTargetKinds)[number];

/** A candidate's wishes for work and study that matching takes into account. */
export const matchPreferencesSchema = z.object({
  /** Hours per week the candidate can work (a job) or study; null: not known. */
  hoursPerWeek: z.number().int().min(1).max(40).nullable(),
  /** From when the candidate can start. */
  availableFrom: isoDateSchema.nullable(),
  /** How far the candidate will travel, in km. */
  maxDistanceKm: z.number().int().min(1).max(300).nullable(),
});
export type MatchPreferences = z.infer<typeof matchPreferencesSchema>;
