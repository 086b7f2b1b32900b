import { routesForProfile, type RouteProfile } from '@koers/domain';
import { Link } from 'wouter';
import { useMijnTranslation } from '../../lib/translation';
import './route.css';

/** The routes into teaching that fit best, in short; the details are on /routes. */
export function RouteTeaser({ profile }: { profile: RouteProfile }) {
  const { t } = useMijnTranslation();
  const fitting = routesForProfile(profile)
    .filter((option) => option.fit === 'good')
    .slice(0, 3);
  return (
    <section className="k-card" aria-labelledby="teaser-heading">
      <h2 id="teaser-heading">{t('route.teaser.heading')}</h2>
      {fitting.length > 0 ? (
        <>
          <p>{t('route.teaser.intro')}</p>
          <ul className="k-route-routes">
            {fitting.map((option) => (
              <li key={option.id}>
                <span>{t(`route.name.${option.id}`)}</span>
                <span className="k-badge k-route-badge" data-fit={option.fit}>
                  {t(`route.fit.${option.fit}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('route.teaser.none')}</p>
      )}
      <Link href="/routes" className="k-button k-button-secondary">
        {t('route.teaser.all')}
      </Link>
    </section>
  );
}
