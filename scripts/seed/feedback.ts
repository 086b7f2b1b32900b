// Candidates' ratings in the demo: some candidates rated a conversation with their adviser or
// an activity they attended, in the last twelve months, and each region's monthly summaries
// are built from them with the domain function the rating trigger uses (seeding runs with
// triggers paused). Draws are keyed on the rated item, not the generator, so the rest of the
// seed stays exactly as it was. The demo candidate has rated nothing: the demo shows her
// rating yesterday's conversation herself.
import {
  activitySchema,
  feedbackId,
  feedbackSchema,
  feedbackSummarySchema,
  registrationSchema,
  summarizeFeedbackByMonth,
  type Candidate,
  type Feedback,
  type Interaction,
} from '@koers/domain';
import { demoCandidateId } from './accounts.js';
import type { SeedDocument } from './build.js';
import { keyedRandom } from './journeys.js';

const day = 24 * 60 * 60 * 1000;
const conversationKinds: readonly Interaction['kind'][] = ['advice_conversation', 'introductory_conversation', 'in_person'];

/** Mostly content, now and then not: cumulative shares of the ratings 1..5. */
const ratingShares = [0.03, 0.1, 0.25, 0.65, 1];
const comments: Record<'low' | 'high', readonly string[]> = {
  high: [
    'Heel duidelijk uitgelegd wat zij-instroom inhoudt.',
    'Fijn dat er echt naar mijn situatie werd gekeken.',
    'Ik weet nu welke stappen ik moet zetten.',
    'Goed georganiseerd, veel kunnen vragen.',
  ],
  low: ['Ik had meer informatie over de bekostiging verwacht.', 'Het duurde lang voordat ik antwoord kreeg.', 'Te algemeen voor mijn situatie.'],
};

export interface FeedbackInputs {
  records: ReadonlyArray<{ id: string; candidate: Candidate; interactions: ReadonlyArray<{ id: string; interaction: Interaction }> }>;
  /** The seed's offer documents (activities and their registrations). */
  offer: readonly SeedDocument[];
  baseDate: Date;
}

interface Rated {
  regionId: string;
  id: string;
  feedback: Feedback;
}

/** A rating (or none) for one conversation or activity, drawn from its own key. */
function draw(key: string, chance: number): { rating: number; comment: string | null } | null {
  const random = keyedRandom(key);
  if (random() >= chance) return null;
  const share = random();
  const rating = ratingShares.findIndex((bound) => share < bound) + 1;
  const pool = rating >= 4 ? comments.high : comments.low;
  const comment = random() < 0.3 ? pool[Math.floor(random() * pool.length)]! : null;
  return { rating, comment };
}

/** Rated the day after, and only when that day is within the last twelve months and not after today. */
function ratedAt(happenedAt: Date, baseDate: Date): Date | null {
  const at = new Date(happenedAt.getTime() + day);
  return at <= baseDate && at.getTime() > baseDate.getTime() - 365 * day ? at : null;
}

function ratings({ records, offer, baseDate }: FeedbackInputs): Rated[] {
  const rated: Rated[] = [];
  for (const { id: candidateId, candidate, interactions } of records) {
    if (candidateId === demoCandidateId || candidate.email === null) continue;
    for (const { id: subjectId, interaction } of interactions) {
      const createdAt = ratedAt(interaction.performedAt, baseDate);
      const regionId = interaction.regionId;
      if (!createdAt || !regionId || !candidate.regionIds.includes(regionId) || !conversationKinds.includes(interaction.kind)) continue;
      const given = draw(`feedback-${candidateId}-${subjectId}`, 0.35);
      if (given) rated.push({ regionId, id: feedbackId(candidateId, subjectId), feedback: { candidateId, subject: 'conversation', subjectId, ...given, createdAt } });
    }
  }
  const activities = new Map(
    offer.filter(({ path }) => /^regions\/[^/]+\/activities\/[^/]+$/.test(path)).map(({ path, data }) => [path, activitySchema.parse(data)]),
  );
  for (const { path, data } of offer.filter(({ path }) => /^regions\/[^/]+\/activities\/[^/]+\/registrations\/[^/]+$/.test(path))) {
    const registration = registrationSchema.parse(data);
    const [, regionId, , activityId] = path.split('/') as [string, string, string, string];
    const activity = activities.get(`regions/${regionId}/activities/${activityId}`);
    const candidateId = registration.candidateId;
    if (!activity || !candidateId || candidateId === demoCandidateId || registration.status !== 'attended') continue;
    const createdAt = ratedAt(activity.endsAt, baseDate);
    const given = createdAt ? draw(`feedback-${candidateId}-${activityId}`, 0.5) : null;
    if (createdAt && given) {
      rated.push({ regionId, id: feedbackId(candidateId, activityId), feedback: { candidateId, subject: 'activity', subjectId: activityId, ...given, createdAt } });
    }
  }
  return rated;
}

/** The demo ratings (`regions/{r}/feedback/{id}`) and every region's monthly summaries of them. */
export function feedbackDocuments(inputs: FeedbackInputs): { feedback: SeedDocument[]; summaries: SeedDocument[] } {
  const rated = ratings(inputs);
  const feedback = rated.map(({ regionId, id, feedback: item }) => ({ path: `regions/${regionId}/feedback/${id}`, data: feedbackSchema.parse(item) }));
  const regionIds = [...new Set(rated.map(({ regionId }) => regionId))].sort();
  const summaries = regionIds.flatMap((regionId) =>
    summarizeFeedbackByMonth(
      rated.filter((item) => item.regionId === regionId).map(({ feedback: item }) => item),
      inputs.baseDate,
    ).map((summary) => ({ path: `regions/${regionId}/feedbackSummaries/${summary.month}`, data: feedbackSummarySchema.parse(summary) })),
  );
  return { feedback, summaries };
}
