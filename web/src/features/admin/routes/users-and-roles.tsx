import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { regionsWithRole } from '../../../lib/permissions';
import { useSession } from '../../access/components/session-context';
import { useRegions } from '../../region/api/get-region';
import { useRegionList } from '../../region/api/list-regions';
import { useMemberList } from '../../region/api/list-members';
import { useOrganisationList } from '../../region/api/list-organisations';
import { MemberTable } from '../../region/components/member-table';
import { InviteUserDialog } from '../components/invite-user-dialog';
import { MemberRoleActions } from '../components/member-role-actions';

/** The regions this person may manage: every region for admins, their own for coordinators. */
function useManageableRegions() {
  const { access } = useSession();
  const isAdmin = Boolean(access?.admin);
  const all = useRegionList(isAdmin);
  const coordinated = access ? regionsWithRole(access, ['coordinator']) : [];
  const own = useRegions(isAdmin ? [] : coordinated);
  if (isAdmin) {
    return {
      isPending: all.isPending,
      error: all.error,
      regions: (all.data ?? []).map((region) => ({ id: region.id, name: region.name })),
    };
  }
  return {
    isPending: own.some((query) => query.isPending),
    error: own.find((query) => query.error)?.error ?? null,
    regions: coordinated.map((id, index) => ({ id, name: own[index]?.data?.name ?? id })),
  };
}

/** /beheer/gebruikers: who has which role in a region; invite, change and revoke. */
export function UsersAndRolesRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const manageable = useManageableRegions();
  const requested = params.get('regio');
  const regionId = manageable.regions.some((region) => region.id === requested) ? requested : (manageable.regions[0]?.id ?? null);
  const regionName = manageable.regions.find((region) => region.id === regionId)?.name ?? '';
  const members = useMemberList(regionId);
  const organisations = useOrganisationList(regionId);
  const [inviting, invite] = useDisclosure(false);

  // Keep the chosen region in the address, so the page can be bookmarked and shared.
  useEffect(() => {
    if (regionId && regionId !== requested) setParams({ regio: regionId }, { replace: true });
  }, [regionId, requested, setParams]);

  const organisationNames = new Map((organisations.data ?? []).map((organisation) => [organisation.id, organisation.name]));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('admin.users.title')}</PageTitle>
        <Text c="dimmed">{t('admin.users.intro')}</Text>
      </Stack>
      {manageable.isPending ? (
        <PageLoader />
      ) : manageable.error ? (
        <ErrorAlert error={manageable.error} />
      ) : (
        <Group align="flex-end" justify="space-between" gap="md">
          <NativeSelect
            label={t('admin.users.region')}
            value={regionId ?? ''}
            onChange={(event) => setParams({ regio: event.currentTarget.value })}
            data={manageable.regions.map((region) => ({ value: region.id, label: region.name }))}
            w={{ base: '100%', xs: 340 }}
          />
          <Button onClick={invite.open} disabled={!regionId}>
            {t('admin.users.invite')}
          </Button>
        </Group>
      )}
      {regionId && (
        <SectionCard id="members" title={t('region.membersCaption', { region: regionName })}>
          {members.isPending ? (
            <PageLoader />
          ) : members.isError ? (
            <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
          ) : (
            <MemberTable
              caption={t('region.membersCaption', { region: regionName })}
              members={members.data}
              organisationNames={organisationNames}
              actions={{
                header: t('admin.users.actions'),
                render: (member) => <MemberRoleActions member={member} regionId={regionId} isSelf={member.uid === user.uid} />,
              }}
            />
          )}
        </SectionCard>
      )}
      {regionId && <InviteUserDialog opened={inviting} onClose={invite.close} regionId={regionId} regionName={regionName} />}
    </Stack>
  );
}
