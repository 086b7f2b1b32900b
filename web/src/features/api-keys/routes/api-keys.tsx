import type { ApiKey } from '@koers/domain';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { regionsWithRole } from '../../../lib/permissions';
import { useSession } from '../../access/components/session-context';
import { useRegion } from '../../region/api/get-region';
import { useApiKeyList } from '../api/list-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { ApiKeyCard } from '../components/api-key-card';
import { CreateApiKeyForm } from '../components/create-api-key-form';

/** /regio/api-sleutels?regio=…: the keys with which a region's websites send candidates in. */
export function ApiKeysRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const [params] = useSearchParams();
  const coordinated = access ? regionsWithRole(access, ['coordinator']) : [];
  const asked = params.get('regio');
  const regionId = asked && coordinated.includes(asked) ? asked : (coordinated[0] ?? null);
  const region = useRegion(regionId);
  const keys = useApiKeyList(regionId);
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<WithId<ApiKey> | null>(null);
  if (!regionId) return <Alert color="gray">{t('errors.permission-denied')}</Alert>;
  if (region.isPending) return <PageLoader />;
  if (region.isError) return <ErrorAlert error={region.error} onRetry={() => void region.refetch()} />;
  if (!region.data) return <Alert color="gray">{t('errors.not-found')}</Alert>;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/regio" size="sm">
          {t('regionSettings.back')}
        </Anchor>
        <PageTitle>{t('apiKeys.title', { region: region.data.name })}</PageTitle>
        <Text c="dimmed">{t('apiKeys.intro')}</Text>
      </Stack>
      <SectionCard id="api-key-create" title={t('apiKeys.create.title')}>
        <CreateApiKeyForm regionId={regionId} />
      </SectionCard>
      <SectionCard id="api-key-list" title={t('apiKeys.listTitle')}>
        {keys.isPending ? (
          <PageLoader />
        ) : keys.isError ? (
          <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />
        ) : keys.data.length === 0 ? (
          <EmptyState>{t('apiKeys.empty')}</EmptyState>
        ) : (
          <Stack gap="sm">
            {keys.data.map((apiKey) => (
              <ApiKeyCard key={apiKey.id} regionId={regionId} apiKey={apiKey} onRevoke={setRevoking} />
            ))}
          </Stack>
        )}
      </SectionCard>
      <ConfirmDeleteDialog
        opened={revoking !== null}
        title={t('apiKeys.revoke.title')}
        body={t('apiKeys.revoke.body', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke.confirm')}
        remove={revoke}
        variables={revoking ? { regionId, keyId: revoking.id } : null}
        onDeleted={() => undefined}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
