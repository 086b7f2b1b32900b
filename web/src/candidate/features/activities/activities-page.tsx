import { selfRegistrationId, suggestActivities, type CandidateView } from '@koers/domain';
import { useMemo, useState } from 'react';
import { useMyView } from '../../api/get-my-view';
import { useRegionNames } from '../../api/get-region-name';
import { PageTitle } from '../../components/page-title';
import { ErrorMessage, Loading } from '../../components/status';
import { useSession } from '../../lib/session';
import { useMijnTranslation } from '../../lib/translation';
import { ActivityCard, placesLeft } from './activity-card';
import { useCancelRegistration } from './api/cancel-registration';
import { useMyRegistrations, type MyRegistration } from './api/list-my-registrations';
import { useUpcomingActivities, type MyActivity } from './api/list-upcoming-activities';
import { useRegisterForActivity } from './api/register-for-activity';
import { MyRegistrations } from './my-registrations';
import classes from './activities.module.css';

/** The outcome of the last action, said in words (role=status), or its error (role=alert). */
type Outcome = { kind: 'registered' | 'cancelled'; title: string } | { kind: 'error'; error: unknown; action: 'register' | 'cancel' } | null;

const suggestionCount = 3;

/** /mijn/activiteiten: upcoming activities (suggestions first), register and cancel, my registrations. */
export function ActivitiesPage() {
  const { t } = useMijnTranslation();
  const view = useMyView();
  return (
    <>
      <PageTitle title={t('activities.title')}>
        <p className="k-muted">{t('activities.intro')}</p>
      </PageTitle>
      {view.isPending ? (
        <Loading />
      ) : view.isError || !view.data ? (
        <ErrorMessage error={view.error ?? { code: 'not-found' }} onRetry={() => void view.refetch()} />
      ) : (
        <Activities view={view.data} />
      )}
    </>
  );
}

function Activities({ view }: { view: CandidateView }) {
  const { t } = useMijnTranslation();
  const session = useSession();
  const activities = useUpcomingActivities(session.candidateId, view.regionIds);
  const registrations = useMyRegistrations(session.candidateId);
  const register = useRegisterForActivity();
  const cancel = useCancelRegistration();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const byActivity = useMemo(() => new Map((registrations.data ?? []).map((row) => [row.activityPath, row])), [registrations.data]);
  const { suggested, others } = useMemo(() => {
    const list = activities.data ?? [];
    const picks = suggestActivities(list, view, suggestionCount);
    const picked = new Set(picks.map(({ activity }) => activity.path));
    return { suggested: picks, others: list.filter((activity) => !picked.has(activity.path)) };
  }, [activities.data, view]);

  const regionName = useRegionNames((activities.data ?? []).map((activity) => activity.regionId));
  const email = view.email ?? session.email;
  const busy = register.isPending || cancel.isPending;

  function onRegister(activity: MyActivity, existing: MyRegistration | undefined) {
    if (!email) return;
    setOutcome(null);
    register.mutate(
      {
        regionId: activity.regionId,
        activityId: activity.id,
        candidateId: session.candidateId,
        uid: session.uid,
        name: view.name,
        email,
        phone: view.phone,
        cancelledBefore: existing?.registration.id === selfRegistrationId(session.candidateId),
      },
      {
        onSuccess: () => setOutcome({ kind: 'registered', title: activity.title }),
        onError: (error) => setOutcome({ kind: 'error', error, action: 'register' }),
      },
    );
  }

  function onCancel(row: MyRegistration, title: string) {
    setOutcome(null);
    cancel.mutate(row.registration.path, {
      onSuccess: () => setOutcome({ kind: 'cancelled', title }),
      onError: (error) => setOutcome({ kind: 'error', error, action: 'cancel' }),
    });
  }

  /** What the candidate can do with an activity, or why not, in words. */
  function actions(activity: MyActivity) {
    const row = byActivity.get(activity.path);
    const status = row?.registration.status;
    if (status === 'registered' || status === 'attended') {
      return (
        <>
          <p className={classes.state}>✓ {t('activities.youAreRegistered')}</p>
          {status === 'registered' && (
            <button
              type="button"
              className="k-button k-button-secondary"
              disabled={busy}
              aria-label={`${t('activities.cancel')}: ${activity.title}`}
              onClick={() => onCancel(row!, activity.title)}
            >
              {t('activities.cancel')}
            </button>
          )}
        </>
      );
    }
    if (placesLeft(activity) === 0) return <p className={classes.state}>{t('activities.fullNoRegistration')}</p>;
    if (!email) return <p className={classes.state}>{t('activities.noEmail')}</p>;
    return (
      <>
        {status === 'cancelled' && <p className={classes.state}>{t('activities.cancelledBefore')}</p>}
        <button type="button" className="k-button" disabled={busy} aria-label={`${t('activities.register')}: ${activity.title}`} onClick={() => onRegister(activity, row)}>
          {t('activities.register')}
        </button>
      </>
    );
  }

  return (
    <>
      <div role="status" aria-live="polite">
        {outcome && outcome.kind !== 'error' && (
          <p className="k-alert" data-tone="success">
            {outcome.kind === 'registered' ? t('activities.registeredFor', { title: outcome.title }) : t('activities.cancelledFor', { title: outcome.title })}
          </p>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <ErrorMessage
          error={outcome.error}
          messages={outcome.action === 'register' ? { 'permission-denied': t('activities.registerRefused') } : { 'permission-denied': t('activities.cancelRefused') }}
        />
      )}

      {activities.isPending ? (
        <Loading />
      ) : activities.isError ? (
        <ErrorMessage error={activities.error} onRetry={() => void activities.refetch()} />
      ) : (
        <>
          {suggested.length > 0 && (
            <section className={classes.section} aria-labelledby="voor-jou">
              <h2 id="voor-jou">{t('activities.suggested')}</h2>
              <ul className="k-list">
                {suggested.map(({ activity, suggestion }) => (
                  <ActivityCard key={activity.path} activity={activity} regionName={regionName(activity.regionId)} reasons={suggestion.reasons}>
                    {actions(activity)}
                  </ActivityCard>
                ))}
              </ul>
            </section>
          )}
          <section className={classes.section} aria-labelledby="alle-activiteiten">
            <h2 id="alle-activiteiten">{suggested.length > 0 ? t('activities.others') : t('activities.all')}</h2>
            {others.length === 0 ? (
              <p className="k-muted">{suggested.length > 0 ? t('activities.noOthers') : t('activities.none')}</p>
            ) : (
              <ul className="k-list">
                {others.map((activity) => (
                  <ActivityCard key={activity.path} activity={activity} regionName={regionName(activity.regionId)}>
                    {actions(activity)}
                  </ActivityCard>
                ))}
              </ul>
            )}
          </section>
        </>
      )}

      <MyRegistrations query={registrations} busy={busy} onCancel={onCancel} />
    </>
  );
}
