import { phases, type CandidateStatus, type Phase } from '@koers/domain';
import { useFormat } from '../../lib/format';
import { useMijnTranslation } from '../../lib/translation';
import './route.css';

type PhaseState = 'done' | 'current' | 'upcoming';

function stateOf(phase: Phase, current: Phase, status: CandidateStatus): PhaseState {
  // Started: every phase of the way into education is behind them.
  if (status === 'started') return 'done';
  const order = phases.indexOf(phase) - phases.indexOf(current);
  return order < 0 ? 'done' : order === 0 ? 'current' : 'upcoming';
}

/**
 * The five phases as an ordered list: each says in words whether it is done, current or still
 * to come (the marker and colour only repeat that), the current one is aria-current="step".
 */
export function JourneyMap({ phase, status, since }: { phase: Phase; status: CandidateStatus; since: Date }) {
  const { t } = useMijnTranslation();
  const format = useFormat();
  return (
    <section className="k-card" aria-labelledby="journey-heading">
      <h2 id="journey-heading">{t('route.journey.heading')}</h2>
      <ol className="k-route-journey" aria-label={t('route.journey.label')}>
        {phases.map((item, index) => {
          const state = stateOf(item, phase, status);
          return (
            <li key={item} className="k-route-phase" data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="k-route-marker" aria-hidden>
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="k-route-phase-text">
                <span className="k-route-phase-name">{t(`vocab.phase.${item}`)}</span>
                <span className="k-route-phase-state">
                  {t('route.journey.step', { number: index + 1 })} · {t(`route.journey.${state}`)}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      {status === 'active' ? (
        <div className="k-route-now">
          <p>
            <strong>{t(`vocab.phase.${phase}`)}:</strong> {t(`vocab.phaseDescription.${phase}`)}{' '}
            <span className="k-muted">{t('route.journey.since', { date: format.date(since) })}</span>
          </p>
          <h3>{t('route.journey.nextHeading')}</h3>
          <p>{t(`route.journey.next.${phase}`)}</p>
        </div>
      ) : (
        <div className="k-alert" data-tone={status === 'started' ? 'success' : 'warning'}>
          <p style={{ margin: 0 }}>{t(`route.journey.status.${status}`)}</p>
        </div>
      )}
    </section>
  );
}
