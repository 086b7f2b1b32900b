// "Suggested for you" on the candidate's activities page: which upcoming activities suit the
// candidate's phase and interests, and why, so the app can say the reason in words. Pure.
import type { Phase } from '../journey.js';
import { activityKindsByPhase } from '../schemas/self-service.js';
import { normalizeText } from '../text.js';
import type { ActivityKind, Sector, Subject } from '../vocabularies.js';

/** Words that name a sector in an activity's (Dutch) title or description. */
export const sectorWords: Record<Sector, readonly string[]> = {
  po: ['primair onderwijs', 'basisonderwijs', 'basisschool', 'pabo', 'po'],
  vo: ['voortgezet onderwijs', 'middelbare school', 'vo', 'havo', 'vwo', 'vmbo'],
  so: ['speciaal onderwijs', 'so'],
  mbo: ['mbo', 'middelbaar beroepsonderwijs', 'roc'],
  ho: ['hoger onderwijs', 'hbo', 'hogeschool', 'universiteit'],
  pro: ['praktijkonderwijs'],
};

/** Words that name a subject; the code itself counts too ("wiskunde", "engels"). */
export const subjectWords: Partial<Record<Subject, readonly string[]>> = {
  beroepsgericht_vmbo: ['beroepsgericht', 'beroepsgerichte vakken'],
  nask: ['nask', 'natuur- en scheikunde'],
  klassieke_talen: ['klassieke talen', 'latijn', 'grieks'],
  lichamelijke_opvoeding: ['lichamelijke opvoeding', 'gym', 'bewegingsonderwijs'],
  kunstvakken: ['kunstvakken', 'muziek', 'tekenen', 'drama'],
  groepsleerkracht_po: ['groepsleerkracht', 'leerkracht', 'basisschool'],
  informatica: ['informatica', 'ict', 'programmeren'],
};

export interface SuggestibleActivity {
  kind: ActivityKind;
  title: string;
  description: string;
}

export interface SuggestionProfile {
  phase: Phase;
  sectors: readonly Sector[];
  subjects: readonly Subject[];
}

/** Why an activity is suggested: each becomes a sentence in the app. */
export type SuggestionReason = { kind: 'phase'; phase: Phase } | { kind: 'sector'; sector: Sector } | { kind: 'subject'; subject: Subject };

export interface ActivitySuggestion {
  score: number;
  reasons: SuggestionReason[];
}

/** Whether `text` (normalised) holds `word` as a whole word or phrase. */
function mentions(text: string, word: string): boolean {
  const escaped = normalizeText(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`).test(text);
}

function wordsOfSubject(subject: Subject): readonly string[] {
  return [subject.replaceAll('_', ' '), ...(subjectWords[subject] ?? [])];
}

/**
 * How well one activity suits the candidate: the phase's kinds score by their rank (the
 * first suits best, 1 to 4), each sector or subject of the candidate named in the title or
 * description adds 3, so one interest weighs about as much as the best-suited kind and two
 * outweigh it. Zero with no reasons: nothing to suggest.
 */
export function scoreActivity(activity: SuggestibleActivity, profile: SuggestionProfile): ActivitySuggestion {
  const reasons: SuggestionReason[] = [];
  let score = 0;
  const kinds = activityKindsByPhase[profile.phase];
  const rank = kinds.indexOf(activity.kind);
  if (rank >= 0) {
    score += kinds.length - rank;
    reasons.push({ kind: 'phase', phase: profile.phase });
  }
  const text = normalizeText(`${activity.title} ${activity.description}`);
  for (const sector of profile.sectors) {
    if (sectorWords[sector].some((word) => mentions(text, word))) {
      score += 3;
      reasons.push({ kind: 'sector', sector });
    }
  }
  for (const subject of profile.subjects) {
    if (wordsOfSubject(subject).some((word) => mentions(text, word))) {
      score += 3;
      reasons.push({ kind: 'subject', subject });
    }
  }
  return { score, reasons };
}

/** The activities worth suggesting (score above zero), best first, then soonest; at most `limit`. */
export function suggestActivities<A extends SuggestibleActivity & { startsAt: Date }>(
  activities: readonly A[],
  profile: SuggestionProfile,
  limit = 3,
): Array<{ activity: A; suggestion: ActivitySuggestion }> {
  return activities
    .map((activity) => ({ activity, suggestion: scoreActivity(activity, profile) }))
    .filter(({ suggestion }) => suggestion.score > 0)
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.activity.startsAt.getTime() - b.activity.startsAt.getTime())
    .slice(0, limit);
}
