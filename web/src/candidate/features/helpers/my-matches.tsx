import type { MyMatch } from '@koers/domain';
import { useFormat } from '../../lib/format';
import { useMijnTranslation } from '../../lib/translation';
import classes from './helpers.module.css';

/** The status of an introduction as a sentence for the candidate (helpers.matchStatus.*). */
function useStatusSentence() {
  const { t } = useMijnTranslation();
  const format = useFormat();
  return (match: MyMatch): string => {
    const organisation = match.organisationName;
    if (match.status === 'interview_planned') {
      return match.plannedAt
        ? t('helpers.matchStatus.interview_planned', { organisation, date: format.dayAndTime(match.plannedAt) })
        : t('helpers.matchStatus.interview_unplanned', { organisation });
    }
    return t(`helpers.matchStatus.${match.status}`, { organisation });
  };
}

/** "My introductions": where the adviser proposed the candidate, and how it stands. */
export function MyMatches({ matches }: { matches: MyMatch[] }) {
  const { t } = useMijnTranslation();
  const format = useFormat();
  const sentence = useStatusSentence();
  const newestFirst = [...matches].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  return (
    <section className="k-card" aria-labelledby="matches-heading">
      <h2 id="matches-heading">{t('helpers.matches.heading')}</h2>
      {newestFirst.length === 0 ? (
        <p className="k-muted" style={{ margin: 0 }}>
          {t('helpers.matches.empty')}
        </p>
      ) : (
        <>
          <p>{t('helpers.matches.intro')}</p>
          <ul className={classes.matches}>
            {newestFirst.map((match) => (
              <li key={match.id} className={classes.match}>
                <h3>{match.organisationName}</h3>
                {match.vacancyTitle && <p className={classes.meta}>{t('helpers.matches.vacancy', { title: match.vacancyTitle })}</p>}
                {match.programmeName && <p className={classes.meta}>{t('helpers.matches.programme', { name: match.programmeName })}</p>}
                <p style={{ margin: '0.25rem 0' }}>{sentence(match)}</p>
                <p className={classes.meta}>{t('helpers.matches.updated', { date: format.date(match.updatedAt) })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
