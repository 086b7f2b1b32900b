import { phaseInfo, phases, type CandidateStatus, type Phase } from '@koers/domain';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './journey-steps.module.css';

/**
 * The five phases of the journey as an ordered list: done, current (aria-current="step")
 * and still ahead, each said in words as well as shown in colour.
 */
export function JourneySteps({ phase, status }: { phase: Phase; status: CandidateStatus }) {
  const { t } = useTranslation();
  const currentIndex = phases.indexOf(phase);
  const allDone = status === 'started';
  return (
    <ol className={classes.steps}>
      {phases.map((step, index) => {
        const state = allDone || index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
        return (
          <li
            key={step}
            className={classes.step}
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
            style={{ '--phase-colour': phaseInfo[step].colour } as React.CSSProperties}
          >
            <Box className={classes.marker} aria-hidden>
              {state === 'done' ? '✓' : index + 1}
            </Box>
            <div className={classes.body}>
              <Text fw={700} className={classes.name}>
                {t(`vocab.phase.${step}`)}
              </Text>
              <Text size="sm" className={classes.state}>
                {t('selfService.stepOf', { step: index + 1, total: phases.length })} ·{' '}
                {t(state === 'done' ? 'selfService.done' : state === 'current' ? 'selfService.current' : 'selfService.upcoming')}
              </Text>
              {state === 'current' && (
                <Text size="sm" mt={4}>
                  {t(`vocab.phaseDescription.${step}`)}
                </Text>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
