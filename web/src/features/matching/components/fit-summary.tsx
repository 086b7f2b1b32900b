import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import classes from './matching.module.css';

/**
 * A fit as the scorer explains it: the score (and place), then the reasons in Dutch. The
 * distance is among the reasons ("12 km", "afstand onbekend"), so it is not repeated here.
 */
export function FitSummary({ score, place, reasons }: { score: number; place?: string | null; reasons: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Text size="sm">
        <strong>{t('matching.score', { score: format.number(Math.round(score)) })}</strong>
        {place && ` · ${place}`}
      </Text>
      {reasons.length > 0 && (
        <ul className={classes.reasons} aria-label={t('matching.reasonsLabel')}>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </>
  );
}
