import { NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useRegions } from '../../region/api/get-region';
import { useMemberList } from '../../region/api/list-members';
import { CandidateCreateForm, type OwnerOption } from '../components/candidate-create-form';

/** /kandidaten/nieuw: staff create a dossier in their region (`?regio=` for staff of several regions). */
export function CandidateCreateRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { regionIds: staffRegionIds, regionId, setRegionId, regionSearch } = useStaffRegion();
  const regions = useRegions(staffRegionIds);
  const regionName = (id: string) => regions[staffRegionIds.indexOf(id)]?.data?.name ?? id;

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <PageTitle>{t('candidateCreate.title')}</PageTitle>
        <Text c="dimmed">{regionId ? t('candidateCreate.intro', { region: regionName(regionId) }) : t('candidateList.noRegion')}</Text>
      </Stack>
      {staffRegionIds.length > 1 && (
        <NativeSelect
          label={t('candidateList.region')}
          maw={360}
          data={staffRegionIds.map((id) => ({ value: id, label: regionName(id) }))}
          value={regionId ?? ''}
          onChange={(event) => setRegionId(event.currentTarget.value)}
        />
      )}
      {regionId && <RegionCandidateCreate key={regionId} regionId={regionId} uid={user.uid} myName={user.displayName ?? user.email ?? user.uid} regionSearch={regionSearch} />}
    </Stack>
  );
}

function RegionCandidateCreate({ regionId, uid, myName, regionSearch }: { regionId: string; uid: string; myName: string; regionSearch: string }) {
  const { t } = useTranslation();
  const members = useMemberList(regionId);
  const owners: OwnerOption[] = (members.data ?? [])
    .filter((member) => member.role === 'coordinator' || member.role === 'adviser')
    .map((member) => ({ value: member.uid, label: member.uid === uid ? t('candidateCreate.me', { name: member.displayName }) : member.displayName }));
  if (!owners.some((owner) => owner.value === uid)) owners.unshift({ value: uid, label: t('candidateCreate.me', { name: myName }) });
  return <CandidateCreateForm regionId={regionId} uid={uid} owners={owners} regionSearch={regionSearch} />;
}
