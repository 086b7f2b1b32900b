import { privacyRequestTermDays, type CandidateView } from '@koers/domain';
import { useState } from 'react';
import { useRegionName } from '../../api/get-region-name';
import { ErrorMessage, Loading } from '../../components/status';
import { useFormat } from '../../lib/format';
import { useMijnTranslation } from '../../lib/translation';
import { useMyPrivacyRequests, type MyPrivacyRequest } from './api/list-privacy-requests';
import { useRequestDeletion } from './api/request-deletion';
import { regionsOf } from './who-sees-section';
import classes from './my-data.module.css';

const day = 24 * 60 * 60 * 1000;

/** "Gegevens laten verwijderen": ask the home region, with a confirm step; my requests and how they were handled. */
export function DeletionSection({ view, candidateId }: { view: CandidateView; candidateId: string }) {
  const { t } = useMijnTranslation();
  const homeName = useRegionName(view.homeRegionId);
  const requests = useMyPrivacyRequests(candidateId, regionsOf(view));
  const deletion = useRequestDeletion();
  const [confirming, setConfirming] = useState(false);
  const openDeletion = requests.data?.some((request) => request.kind === 'deletion' && request.status === 'open') ?? false;

  return (
    <section className={`k-card ${classes.section}`} aria-labelledby="verwijderen">
      <h2 id="verwijderen">{t('myData.deletion.title')}</h2>
      <p>{t('myData.deletion.intro', { region: homeName })}</p>
      <div role="status">
        {deletion.isSuccess && (
          <p className="k-alert" data-tone="success">
            {t('myData.deletion.sent', { region: homeName, days: privacyRequestTermDays })}
          </p>
        )}
      </div>
      {deletion.isError && <ErrorMessage error={deletion.error} />}
      {confirming ? (
        <div className="k-alert" data-tone="warning">
          <p>{t('myData.deletion.confirm', { region: homeName, days: privacyRequestTermDays })}</p>
          <div className="k-row">
            <button
              type="button"
              className="k-button k-button-danger"
              disabled={deletion.isPending}
              onClick={() => deletion.mutate({ candidateId, homeRegionId: view.homeRegionId }, { onSettled: () => setConfirming(false) })}
            >
              {t('myData.deletion.confirmButton')}
            </button>
            <button type="button" className="k-button k-button-secondary" onClick={() => setConfirming(false)}>
              {t('myData.deletion.keep')}
            </button>
          </div>
        </div>
      ) : openDeletion ? (
        <p>{t('myData.deletion.alreadyOpen')}</p>
      ) : (
        <button type="button" className="k-button k-button-danger" onClick={() => setConfirming(true)}>
          {t('myData.deletion.request')}
        </button>
      )}

      <h3 style={{ marginTop: 16 }}>{t('myData.deletion.mine')}</h3>
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <p className="k-muted">{t('myData.deletion.none')}</p>
      ) : (
        <ul className="k-list">
          {requests.data.map((request) => (
            <RequestRow key={request.path} request={request} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestRow({ request }: { request: MyPrivacyRequest }) {
  const { t } = useMijnTranslation();
  const format = useFormat();
  const region = useRegionName(request.regionId);
  return (
    <li className={classes.region}>
      <p style={{ margin: 0, fontWeight: 700 }}>
        {t(`vocab.privacyRequestKind.${request.kind}`)} · {t(`vocab.privacyRequestStatus.${request.status}`)}
      </p>
      <p style={{ margin: 0 }}>{t('myData.deletion.requestedAt', { date: format.date(request.requestedAt), region })}</p>
      <p className="k-muted" style={{ margin: 0 }}>
        {request.handledAt
          ? t('myData.deletion.handledAt', { date: format.date(request.handledAt) })
          : t('myData.deletion.answerBy', { date: format.date(new Date(request.requestedAt.getTime() + privacyRequestTermDays * day)) })}
      </p>
      {request.note && <p style={{ margin: 0 }}>{request.note}</p>}
    </li>
  );
}
