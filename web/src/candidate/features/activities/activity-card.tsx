import type { SuggestionReason } from '@koers/domain';
import type { ReactNode } from 'react';
import { formatDayAndTime, formatTime } from '../../lib/dutch-time';
import { dateLanguage } from '../../lib/format';
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

/**
 * One activity: what, when, where, whose (`regionName`), how many places; `children` is what the
 * candidate can do. A list renders many: each card uses one hook, the list looks up the names.
 */
export function ActivityCard({ activity, regionName, reasons, children }: { activity: MyActivity; regionName: string; reasons?: readonly SuggestionReason[]; children: ReactNode }) {
  const { t, i18n } = useMijnTranslation();
  const language = dateLanguage(i18n.language);
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
          {formatDayAndTime(activity.startsAt, language)} – {formatTime(activity.endsAt)}
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
