import type { PrivacyRequest } from '@koers/domain';
import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { StaffRegionSelect } from '../../access/components/staff-region-select';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useMemberList } from '../../region/api/list-members';
import { handledRequestLimit, openRequestLimit, useHandledRequests, useOpenRequests } from '../api/list-privacy-requests';
import { RequestItem } from '../components/request-item';

/** /regio/privacyverzoeken: the region's privacy requests, open ones first with their legal deadline. */
export function PrivacyRequestsRoute() {
  const { t } = useTranslation();
  const { regionId } = useStaffRegion();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('privacyRequests.title')}</PageTitle>
        <Text c="dimmed">{t('privacyRequests.intro')}</Text>
      </Stack>
      <StaffRegionSelect label={t('privacyRequests.region')} />
      {regionId ? <RegionRequests key={regionId} regionId={regionId} /> : <EmptyState>{t('privacyRequests.noRegion')}</EmptyState>}
    </Stack>
  );
}

function RegionRequests({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const open = useOpenRequests(regionId);
  const handled = useHandledRequests(regionId);
  const members = useMemberList(regionId);
  const nameOf = useMemo(() => {
    const names = new Map((members.data ?? []).map((member) => [member.uid, member.displayName || member.email]));
    return (uid: string) => names.get(uid) ?? t('privacyRequests.unknownPerson');
  }, [members.data, t]);

  return (
    <Stack gap="xl">
      <Stack gap="xs" component="section" aria-labelledby="privacy-open">
        <Title order={2} size="h3" id="privacy-open">
          {open.data ? t('privacyRequests.openTitle', { count: open.data.length }) : t('privacyRequests.openHeading')}
        </Title>
        {open.isPending ? (
          <PageLoader />
        ) : open.isError ? (
          <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />
        ) : open.data.length === 0 ? (
          <EmptyState>{t('privacyRequests.noneOpen')}</EmptyState>
        ) : (
          <>
            {open.data.length >= openRequestLimit && (
              <Text size="sm" c="dimmed" role="note">
                {t('privacyRequests.capped', { count: openRequestLimit })}
              </Text>
            )}
            <RequestList requests={open.data} regionId={regionId} uid={user.uid} nameOf={nameOf} label={t('privacyRequests.openHeading')} />
          </>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="privacy-handled">
        <Title order={2} size="h3" id="privacy-handled">
          {t('privacyRequests.handledTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('privacyRequests.handledHint', { count: handledRequestLimit })}
        </Text>
        {handled.isPending ? (
          <PageLoader />
        ) : handled.isError ? (
          <ErrorAlert error={handled.error} onRetry={() => void handled.refetch()} />
        ) : handled.data.length === 0 ? (
          <EmptyState>{t('privacyRequests.noneHandled')}</EmptyState>
        ) : (
          <RequestList requests={handled.data} regionId={regionId} uid={user.uid} nameOf={nameOf} label={t('privacyRequests.handledTitle')} />
        )}
      </Stack>
    </Stack>
  );
}

function RequestList({ requests, label, ...props }: { requests: WithId<PrivacyRequest>[]; regionId: string; uid: string; nameOf: (uid: string) => string; label: string }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {requests.map((request) => (
        <RequestItem key={request.id} request={request} {...props} />
      ))}
    </Stack>
  );
}
