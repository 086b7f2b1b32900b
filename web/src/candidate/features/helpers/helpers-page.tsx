import { Link } from 'wouter';
import { useMyView } from '../../api/get-my-view';
import { useRegionName } from '../../api/get-region-name';
import { PageTitle } from '../../components/page-title';
import { ErrorMessage, Loading } from '../../components/status';
import { useMijnTranslation } from '../../lib/translation';
import { HelperCard } from './helper-card';
import { MyMatches } from './my-matches';

/** /mijn/hulp: the adviser, the schools and institutes, how to reach them, and the introductions. */
export function HelpersPage() {
  const { t } = useMijnTranslation();
  const view = useMyView();

  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <ErrorMessage error={{ code: 'not-found' }} />;

  const { helpers, matches, regionIds } = view.data;
  const advisers = helpers.filter((helper) => helper.kind === 'adviser');
  const organisations = helpers.filter((helper) => helper.kind !== 'adviser');
  return (
    <>
      <PageTitle title={t('helpers.title')}>
        <p style={{ margin: 0 }}>{t('helpers.intro')}</p>
      </PageTitle>
      <section aria-labelledby="adviser-heading">
        <h2 id="adviser-heading">{t('helpers.adviserHeading')}</h2>
        {advisers.length > 0 ? (
          advisers.map((helper) => <HelperCard key={`${helper.regionId}-${helper.name}`} helper={helper} />)
        ) : (
          <p className="k-card">{t('helpers.noAdviser')}</p>
        )}
      </section>
      <section className="k-card" aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('helpers.messages.heading')}</h2>
        <p>{t('helpers.messages.text')}</p>
        <Link href="/berichten" className="k-button">
          {t('helpers.messages.link')}
        </Link>
      </section>
      {organisations.length > 0 && (
        <section aria-labelledby="organisations-heading">
          <h2 id="organisations-heading">{t('helpers.organisationsHeading')}</h2>
          {organisations.map((helper) => (
            <HelperCard key={`${helper.kind}-${helper.regionId}-${helper.name}`} helper={helper} />
          ))}
        </section>
      )}
      <MyMatches matches={matches} />
      <section className="k-card" aria-labelledby="regions-heading">
        <h2 id="regions-heading">{t('helpers.regionsHeading')}</h2>
        <p>{t('helpers.regionsText')}</p>
        <ul>
          {regionIds.map((regionId) => (
            <RegionItem key={regionId} regionId={regionId} />
          ))}
        </ul>
      </section>
    </>
  );
}

function RegionItem({ regionId }: { regionId: string }) {
  return <li>{useRegionName(regionId)}</li>;
}
