import type { SuggestionReason } from '@koers/domain';
import type { ReactNode } from 'react';
import { useRegionName } from '../../api/get-region-name';
import { useFormat } from '../../lib/format';
import { useMijnTranslation } from '../../lib/translation';
import type { MyActivity } from './api/list-upcoming-activities';
import classes from './activities.module.css';

/** Places still free, or null when the activity has no maximum. */
export function placesLeft(activity: Pick<MyActivity, 'capacity' | 'registrationCount'>): number | null {
  return activity.capacity === null ? null : Math.max(0, activity.capacity - activity.registrationCount);
}

/** The reasons an activity is suggested, in words. */
function Reasons({ reasons }: { reasons: readonly SuggestionReason[] }) {
  const { t } = useMijnTranslation();
  return (
    <ul className={classes.reasons}>
      {reasons.map((reason) => (
        <li key={`${reason.kind}-${reason.kind === 'phase' ? reason.phase : reason.kind === 'sector' ? reason.sector : reason.subject}`}>
          {reason.kind === 'phase'
            ? t('activities.reason.phase', { phase: t(`vocab.phase.${reason.phase}`) })
            : reason.kind === 'sector'
              ? t('activities.reason.sector', { sector: t(`vocab.sector.${reason.sector}`) })
              : t('activities.reason.subject', { subject: t(`vocab.subject.${reason.subject}`) })}
        </li>
      ))}
    </ul>
  );
}

/** One activity: what, when, where, whose, how many places; `children` is what the candidate can do. */
export function ActivityCard({ activity, reasons, children }: { activity: MyActivity; reasons?: readonly SuggestionReason[]; children: ReactNode }) {
  const { t } = useMijnTranslation();
  const format = useFormat();
  const regionName = useRegionName(activity.regionId);
  const left = placesLeft(activity);
  return (
    <li className="k-card">
      <p className={classes.kind}>
        <span className="k-badge">{t(`vocab.activityKind.${activity.kind}`)}</span>
      </p>
      <h3>{activity.title}</h3>
      {reasons && reasons.length > 0 && <Reasons reasons={reasons} />}
      <dl className={classes.facts}>
        <dt>{t('activities.when')}</dt>
        <dd>
          {format.dayAndTime(activity.startsAt)} – {format.time(activity.endsAt)}
        </dd>
        <dt>{t('activities.where')}</dt>
        <dd>{activity.online && !/online/i.test(activity.location) ? t('activities.online', { location: activity.location }) : activity.location}</dd>
        <dt>{t('activities.organisedBy')}</dt>
        <dd>{regionName}</dd>
        <dt>{t('activities.places')}</dt>
        <dd>{left === null ? t('activities.noMaximum') : left === 0 ? t('activities.full') : t('activities.placesLeft', { count: left })}</dd>
      </dl>
      {activity.description && (
        <details className={classes.more}>
          <summary>{t('activities.moreAbout')}</summary>
          <p className={classes.description}>{activity.description}</p>
        </details>
      )}
      <div className="k-row">{children}</div>
    </li>
  );
}
