// The start page of Mijn Koers (/mijn). It is part of the first load, so it stays lean: the
// candidate view (already needed for the greeting) and one list read of the next steps.
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { PageTitle } from '../../components/page-title';
import { ErrorMessage, Loading } from '../../components/status';
import { useMyView } from '../../api/get-my-view';
import { useMijnTranslation } from '../../lib/translation';
import { JourneyMap } from './journey-map';
import { NextSteps } from './next-steps';
import { RouteTeaser } from './route-teaser';

// The rating prompts are not what the page is for: they load once the route is on screen.
const FeedbackPrompts = lazy(async () => ({ default: (await import('../feedback/feedback-prompts')).FeedbackPrompts }));

export function RoutePage() {
  const { t } = useMijnTranslation();
  const view = useMyView();

  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <ErrorMessage error={{ code: 'not-found' }} />;
  const me = view.data;
  const firstName = me.name.trim().split(/\s+/)[0] ?? me.name;

  return (
    <>
      <PageTitle title={t('route.greeting', { name: firstName })}>
        <p style={{ margin: 0 }}>{t('route.intro')}</p>
      </PageTitle>
      <JourneyMap phase={me.phase} status={me.status} since={me.phaseSince} />
      <Suspense fallback={null}>
        <FeedbackPrompts />
      </Suspense>
      <NextSteps />
      <RouteTeaser profile={me} />
      <section className="k-card" aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('route.contact.heading')}</h2>
        <p>{t('route.contact.text')}</p>
        <div className="k-row">
          <Link href="/berichten" className="k-button">
            {t('route.contact.messages')}
          </Link>
          <Link href="/hulp" className="k-button k-button-secondary">
            {t('route.contact.helpers')}
          </Link>
        </div>
      </section>
    </>
  );
}
