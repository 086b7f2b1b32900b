import type { InteractionKind } from '@koers/domain';
import { lazy, Suspense, useState } from 'react';
import { useMyView } from '../../api/get-my-view';
import { useFormat } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useMijnTranslation } from '../../lib/translation';
import { useAttendedActivities } from './api/list-attended-activities';
import { useRatedSubjects } from './api/list-rated-subjects';

// The form loads only when there is something to rate: the route page stays small.
const FeedbackForm = lazy(async () => ({ default: (await import('./feedback-form')).FeedbackForm }));

/** Conversations worth a rating (not e-mails, referrals or registrations). */
const conversationKinds: readonly InteractionKind[] = ['phone', 'in_person', 'advice_conversation', 'introductory_conversation'];
const maxPrompts = 2;

export interface FeedbackSubject {
  key: string;
  regionId: string;
  subject: 'conversation' | 'activity';
  subjectId: string;
  /** The question, naming what is rated. */
  question: string;
}

/** One-question ratings after a conversation or an activity, at most two at a time; shown on the route page. */
export function FeedbackPrompts() {
  const { t } = useMijnTranslation();
  const format = useFormat();
  const { candidateId } = useSession();
  const view = useMyView();
  const regionIds = view.data?.regionIds ?? [];
  const rated = useRatedSubjects(candidateId, regionIds);
  const attended = useAttendedActivities(candidateId);
  const [done, setDone] = useState<ReadonlyArray<{ key: string; thanked: boolean }>>([]);
  if (!view.data || !rated.data) return null;

  const closed = new Set(done.map((item) => item.key));
  const subjects: FeedbackSubject[] = [
    ...view.data.recentContacts
      .filter((contact) => conversationKinds.includes(contact.kind) && regionIds.includes(contact.regionId))
      .map((contact) => ({
        key: `conversation-${contact.id}`,
        regionId: contact.regionId,
        subject: 'conversation' as const,
        subjectId: contact.id,
        question: t('feedback.conversation', { kind: t(`vocab.interactionKind.${contact.kind}`), name: contact.authorName, date: format.date(contact.performedAt) }),
      })),
    ...(attended.data ?? [])
      .filter((activity) => regionIds.includes(activity.regionId))
      .map((activity) => ({
        key: `activity-${activity.activityId}`,
        regionId: activity.regionId,
        subject: 'activity' as const,
        subjectId: activity.activityId,
        question: t('feedback.activity', { title: activity.title, date: format.date(activity.startsAt) }),
      })),
  ];
  const open = subjects.filter((item) => !rated.data.has(item.subjectId) && !closed.has(item.key)).slice(0, maxPrompts);
  const thanked = done.some((item) => item.thanked);

  return (
    <>
      <div role="status">
        {thanked && (
          <p className="k-alert" data-tone="success">
            {t('feedback.thanks')}
          </p>
        )}
      </div>
      {open.length > 0 && (
        <section aria-labelledby="feedback-titel">
          <h2 id="feedback-titel">{t('feedback.title')}</h2>
          {open.map((item) => (
            <div key={item.key} className="k-card">
              <Suspense fallback={<p className="k-muted">{item.question}</p>}>
                <FeedbackForm
                  item={item}
                  candidateId={candidateId}
                  onDone={(sent) => setDone((previous) => [...previous, { key: item.key, thanked: sent }])}
                />
              </Suspense>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
