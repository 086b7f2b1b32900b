import type { MatchStep } from '@koers/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import classes from './matching.module.css';

/** A match's history, folded away by default (a native disclosure: keyboard and screen readers know it). */
export function MatchSteps({ steps, nameOf }: { steps: MatchStep[]; nameOf: (uid: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (steps.length === 0) return null;
  return (
    <details>
      <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>{t('matching.matches.steps', { count: steps.length })}</summary>
      <ol className={classes.steps}>
        {[...steps]
          .sort((a, b) => a.at.getTime() - b.at.getTime())
          .map((step, index) => (
            <li key={`${step.status}-${step.at.getTime()}-${index}`}>
              <strong>{t(`vocab.matchStatus.${step.status}`)}</strong> · {format.dateTime(step.at)} · {nameOf(step.by)}
              {step.note && <> — {step.note}</>}
            </li>
          ))}
      </ol>
    </details>
  );
}
