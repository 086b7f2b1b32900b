import { startPathFor } from '@koers/domain';
import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../components/session-context';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  return (
    <Stack gap="md" align="flex-start">
      <PageTitle>{t('access.notFound.title')}</PageTitle>
      <Text>{t('access.notFound.body')}</Text>
      <Button component={Link} to={startPathFor(access)}>
        {t('access.forbidden.back')}
      </Button>
    </Stack>
  );
}
