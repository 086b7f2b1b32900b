import { rolesOf, startPathFor } from '@koers/domain';
import { Stack, Text } from '@mantine/core';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../components/session-context';

/** /geen-toegang: signed in without any role. Moves on by itself as soon as a role is granted. */
export function NoAccessRoute() {
  const { t } = useTranslation();
  const { user, access } = useSession();
  if (access && rolesOf(access).length > 0) return <Navigate to={startPathFor(access)} replace />;
  return (
    <Stack gap="md">
      <PageTitle>{t('access.noRoles.title')}</PageTitle>
      <Text>{t('access.noRoles.body', { email: user.email ?? '' })}</Text>
    </Stack>
  );
}
