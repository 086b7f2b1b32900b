import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode, type ErrorCode } from '../lib/errors';

interface ErrorAlertProps {
  error: unknown;
  /** Messages that fit this operation better than the generic ones. */
  messages?: Partial<Record<ErrorCode, string>>;
  onRetry?: () => void;
  title?: string;
}

/** A server or validation error, explained in words people understand. */
export function ErrorAlert({ error, messages, onRetry, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const code = errorCode(error);
  if (code === 'invalid-data' || code === 'unknown') console.error(error);
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{messages?.[code] ?? t(`errors.${code}`)}</Text>
        {onRetry && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
