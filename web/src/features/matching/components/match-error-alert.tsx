import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { matchRefusalOf } from '../api/match-errors';

/** A matching function's refusal in plain words; any other error as usual. */
export function MatchErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refusal = matchRefusalOf(error);
  if (!refusal) return <ErrorAlert error={error} />;
  return (
    <Alert color={refusal === 'changed' ? 'orange' : 'red'} variant="light" role="alert" title={t(`matching.refusals.${refusal}.title`)}>
      {t(`matching.refusals.${refusal}.body`)}
    </Alert>
  );
}
