import { routesForProfile, type RouteOption } from '@koers/domain';
import { Link } from 'wouter';
import { useMyView } from '../../api/get-my-view';
import { PageTitle } from '../../components/page-title';
import { ErrorMessage, Loading } from '../../components/status';
import { useMijnTranslation } from '../../lib/translation';
import './route.css';

/** /mijn/routes: every route into teaching in plain words, the ones that fit the profile first. */
export function RouteOptionsPage() {
  const { t } = useMijnTranslation();
  const view = useMyView();

  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <ErrorMessage error={{ code: 'not-found' }} />;

  const options = routesForProfile(view.data);
  const fitting = options.filter((option) => option.fit === 'good');
  const other = options.filter((option) => option.fit !== 'good');
  return (
    <>
      <PageTitle title={t('route.options.title')}>
        <p style={{ margin: 0 }}>{t('route.options.intro')}</p>
      </PageTitle>
      <div className="k-alert">
        <p>{t('route.options.disclaimer')}</p>
        <p style={{ margin: 0 }}>
          {t('route.options.profileHint')} <Link href="/gegevens">{t('route.options.toProfile')}</Link>
        </p>
      </div>
      {fitting.length > 0 && (
        <section aria-labelledby="fitting-heading">
          <h2 id="fitting-heading">{t('route.options.fitting')}</h2>
          {fitting.map((option) => (
            <RouteCard key={option.id} option={option} />
          ))}
        </section>
      )}
      {other.length > 0 && (
        <section aria-labelledby="other-heading">
          <h2 id="other-heading">{t('route.options.other')}</h2>
          {other.map((option) => (
            <RouteCard key={option.id} option={option} />
          ))}
        </section>
      )}
      <Link href="/" className="k-button k-button-secondary">
        {t('route.options.back')}
      </Link>
    </>
  );
}

function RouteCard({ option }: { option: RouteOption }) {
  const { t } = useMijnTranslation();
  const headingId = `route-${option.id}`;
  return (
    <article className="k-card k-route-option" aria-labelledby={headingId}>
      <div className="k-row" style={{ justifyContent: 'space-between' }}>
        <h3 id={headingId}>{t(`route.name.${option.id}`)}</h3>
        <span className="k-badge k-route-badge" data-fit={option.fit}>
          {t(`route.fit.${option.fit}`)}
        </span>
      </div>
      <p style={{ margin: 0 }}>{t(`route.option.${option.id}.what`)}</p>
      <dl className="k-route-facts">
        <dt>{t('route.options.why')}</dt>
        <dd>
          <ul className="k-route-reasons">
            {option.reasons.map((reason) => (
              <li key={reason}>{t(`route.reason.${reason}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('route.options.conditions')}</dt>
        <dd>{t(`route.option.${option.id}.conditions`)}</dd>
        <dt>{t('route.options.duration')}</dt>
        <dd>{t(`route.option.${option.id}.duration`)}</dd>
        <dt>{t('route.options.costs')}</dt>
        <dd>{t(`route.option.${option.id}.costs`)}</dd>
      </dl>
    </article>
  );
}
