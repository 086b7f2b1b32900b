import { useState } from 'react';
import { ErrorMessage, Loading } from '../../components/status';
import { useFormat } from '../../lib/format';
import { useMijnTranslation } from '../../lib/translation';
import { useMySteps, type MyStep } from './api/get-my-steps';
import { useTickStep } from './api/tick-step';
import './route.css';

type Outcome = { kind: 'saved' | 'failed'; title: string; done: boolean } | null;

/** The checklist the adviser set; the candidate ticks steps off and back on. */
export function NextSteps() {
  const { t } = useMijnTranslation();
  const steps = useMySteps();
  const tick = useTickStep();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const toggle = (step: MyStep, done: boolean) => {
    setOutcome(null);
    tick({ step, done }).then(
      () => setOutcome({ kind: 'saved', title: step.title, done }),
      () => setOutcome({ kind: 'failed', title: step.title, done }),
    );
  };

  const list = steps.data ?? [];
  const doneCount = list.filter((step) => step.done).length;
  return (
    <section className="k-card" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('route.steps.heading')}</h2>
      {steps.isPending ? (
        <Loading />
      ) : steps.isError ? (
        <ErrorMessage error={steps.error} onRetry={() => void steps.refetch()} />
      ) : list.length === 0 ? (
        <p className="k-muted">{t('route.steps.empty')}</p>
      ) : (
        <>
          <p>
            {t('route.steps.intro')} <strong>{t('route.steps.progress', { done: doneCount, total: list.length })}</strong>
          </p>
          <ul className="k-route-steps">
            {list.map((step) => (
              <StepItem key={step.id} step={step} onToggle={toggle} />
            ))}
          </ul>
        </>
      )}
      {/* One live region for the outcome of the last tick: said, not only shown. */}
      <div role="status" aria-live="polite">
        {outcome?.kind === 'saved' && <p className="k-muted">{t(outcome.done ? 'route.steps.savedDone' : 'route.steps.savedOpen', { title: outcome.title })}</p>}
      </div>
      {outcome?.kind === 'failed' && (
        <div className="k-alert" data-tone="danger" role="alert">
          <p style={{ margin: 0 }}>{t('route.steps.failed', { title: outcome.title })}</p>
        </div>
      )}
    </section>
  );
}

function StepItem({ step, onToggle }: { step: MyStep; onToggle: (step: MyStep, done: boolean) => void }) {
  const { t } = useMijnTranslation();
  const format = useFormat();
  const id = `step-${step.id}`;
  // dueDate is a calendar date (yyyy-mm-dd): read it at noon so no time zone moves the day.
  const due = step.dueDate ? format.date(new Date(`${step.dueDate}T12:00:00Z`)) : null;
  return (
    <li className="k-route-step" data-done={step.done}>
      <label className="k-route-step-label" htmlFor={id}>
        <input id={id} type="checkbox" className="k-route-checkbox" checked={step.done} onChange={(event) => onToggle(step, event.target.checked)} />
        <span className="k-route-step-text">
          <span className="k-route-step-title">{step.title}</span>
          {step.detail && <span>{step.detail}</span>}
          {step.done && step.doneAt ? (
            <span className="k-route-step-meta">{t('route.steps.doneOn', { date: format.date(step.doneAt) })}</span>
          ) : (
            due && <span className="k-route-step-meta">{t('route.steps.due', { date: due })}</span>
          )}
        </span>
      </label>
    </li>
  );
}
