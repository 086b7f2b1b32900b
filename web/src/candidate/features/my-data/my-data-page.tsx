import { useMyView } from '../../api/get-my-view';
import { PageTitle } from '../../components/page-title';
import { ErrorMessage, Loading } from '../../components/status';
import { useSession } from '../../lib/session';
import { useMijnTranslation } from '../../lib/translation';
import { DeletionSection } from './deletion-section';
import { DownloadSection } from './download-section';
import { ProfileSection } from './profile-section';
import { WhoSeesSection } from './who-sees-section';

/** /mijn/gegevens: my profile (and corrections), who sees my data and why, download, deletion. */
export function MyDataPage() {
  const { t } = useMijnTranslation();
  const { candidateId } = useSession();
  const view = useMyView();
  return (
    <>
      <PageTitle title={t('myData.title')}>
        <p className="k-muted">{t('myData.intro')}</p>
      </PageTitle>
      {view.isPending ? (
        <Loading />
      ) : view.isError || !view.data ? (
        <ErrorMessage error={view.error ?? { code: 'not-found' }} onRetry={() => void view.refetch()} />
      ) : (
        <>
          <ProfileSection view={view.data} candidateId={candidateId} onReload={async () => (await view.refetch()).data ?? undefined} />
          <WhoSeesSection view={view.data} />
          <DownloadSection />
          <DeletionSection view={view.data} candidateId={candidateId} />
        </>
      )}
    </>
  );
}
