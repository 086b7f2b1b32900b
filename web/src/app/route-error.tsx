import { Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorAlert } from '../components/error-alert';

/** Last resort for an error while rendering or loading a page (e.g. a failed chunk after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container size="sm" py="xl" component="main" id="main">
      <Stack align="flex-start">
        <ErrorAlert error={error} />
        <Button variant="light" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Container>
  );
}
