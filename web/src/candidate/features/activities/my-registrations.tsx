import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useRegionName } from '../../api/get-region-name';
import { ErrorMessage, Loading } from '../../components/status';
import { useFormat } from '../../lib/format';
import { useMijnTranslation } from '../../lib/translation';
import type { MyRegistration } from './api/list-my-registrations';
import classes from './activities.module.css';

/** "Mijn inschrijvingen": every registration of the candidate, with its activity and status. */
export function MyRegistrations({
  query,
  busy,
  onCancel,
}: {
  query: UseQueryResult<MyRegistration[]>;
  busy: boolean;
  onCancel: (row: MyRegistration, title: string) => void;
}) {
  const { t } = useMijnTranslation();
  return (
    <section className={classes.section} aria-labelledby="mijn-inschrijvingen">
      <h2 id="mijn-inschrijvingen">{t('activities.mine')}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="k-muted">{t('activities.mineNone')}</p>
      ) : (
        <ul className="k-list">
          {query.data.map((row) => (
            <RegistrationRow key={row.registration.path} row={row} busy={busy} onCancel={onCancel} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RegistrationRow({ row, busy, onCancel }: { row: MyRegistration; busy: boolean; onCancel: (row: MyRegistration, title: string) => void }) {
  const { t } = useMijnTranslation();
  const format = useFormat();
  const regionName = useRegionName(row.regionId);
  // "Past" as of opening the page: the list is read again when the candidate comes back.
  const [now] = useState(() => Date.now());
  const { activity, registration } = row;
  const title = activity?.title ?? t('activities.unavailable');
  const past = activity ? activity.startsAt.getTime() < now : false;
  return (
    <li className="k-card">
      <h3>{title}</h3>
      <p className="k-muted">
        {activity ? `${format.dayAndTime(activity.startsAt)} · ` : ''}
        {regionName}
      </p>
      <p className={classes.state}>
        {past && registration.status === 'registered' ? t('activities.past') : t(`vocab.registrationStatus.${registration.status}`)}
      </p>
      {registration.status === 'registered' && !past && (
        <button type="button" className="k-button k-button-secondary" disabled={busy} aria-label={`${t('activities.cancel')}: ${title}`} onClick={() => onCancel(row, title)}>
          {t('activities.cancel')}
        </button>
      )}
    </li>
  );
}
