import { defaultLosingSightDays } from '@koers/domain';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useSession } from '../../access/components/session-context';
import { useRegion, useRegions } from '../../region/api/get-region';
import { useMemberList } from '../../region/api/list-members';
import { candidateListFilterKeys, parseCandidateListFilters, type CandidateListFilters } from '../api/candidate-list-spec';
import { saveCsv } from '../../../lib/download-csv';
import { candidatesCsv, exportCap, fetchAllCandidates } from '../api/export-candidates';
import { CandidateFilters } from '../components/candidate-filters';
import { CandidateTable } from '../components/candidate-table';
import { SavedViews } from '../components/saved-views';
import { i18n } from '../../../lib/i18n';
import { staffRegionParam } from '../../../lib/staff-region';
import { useStaffRegion } from '../../access/components/use-staff-region';

/** /kandidaten: the whole candidate pool of a region the person is staff of: search, filter, sort, export. */
export function CandidateListRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const { regionIds: staffRegionIds, regionId, regionSearch } = useStaffRegion();
  const regions = useRegions(staffRegionIds);
  const filters = parseCandidateListFilters(params);

  const writeFilters = (next: CandidateListFilters, region = regionId) => {
    const search = new URLSearchParams();
    if (region && region !== staffRegionIds[0]) search.set(staffRegionParam, region);
    for (const key of candidateListFilterKeys) {
      const value = next[key];
      if (value !== undefined && value !== '') search.set(key, String(value));
    }
    setParams(search, { replace: true });
  };
  // A change is merged into the URL as it is now, not into this render's filters: under load
  // a render can lag behind the URL, and two quick changes must both stay.
  const patchFilters = (patch: Partial<CandidateListFilters>) => {
    writeFilters({ ...parseCandidateListFilters(new URLSearchParams(window.location.search)), ...patch });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('candidateList.title')}</PageTitle>
        <Text c="dimmed">{t('candidateList.intro')}</Text>
        <Group mt="xs">
          <Button component={Link} to={`/kandidaten/nieuw${regionSearch}`}>
            {t('candidateList.newCandidate')}
          </Button>
          <Button component={Link} to={`/kandidaten/importeren${regionSearch}`} variant="default">
            {t('candidateList.import')}
          </Button>
        </Group>
      </Stack>
      {staffRegionIds.length > 1 && (
        <NativeSelect
          label={t('candidateList.region')}
          maw={360}
          data={staffRegionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
          value={regionId ?? ''}
          onChange={(event) => writeFilters({}, event.currentTarget.value)}
        />
      )}
      {regionId ? (
        <RegionCandidateList
          key={regionId}
          regionId={regionId}
          uid={user.uid}
          filters={filters}
          onFilters={(next) => writeFilters(next)}
          onPatch={patchFilters}
        />
      ) : (
        <Text>{t('candidateList.noRegion')}</Text>
      )}
    </Stack>
  );
}

interface RegionCandidateListProps {
  regionId: string;
  uid: string;
  filters: CandidateListFilters;
  onFilters: (filters: CandidateListFilters) => void;
  onPatch: (patch: Partial<CandidateListFilters>) => void;
}

function RegionCandidateList({ regionId, uid, filters, onFilters, onPatch }: RegionCandidateListProps) {
  const { t } = useTranslation();
  const region = useRegion(regionId);
  const members = useMemberList(regionId);
  const losingSightDays = region.data?.settings.losingSightDays ?? defaultLosingSightDays;
  const owners = (members.data ?? []).filter((member) => member.role === 'coordinator' || member.role === 'adviser');
  const names = new Map((members.data ?? []).map((member) => [member.uid, member.displayName]));
  const ownerName = (ownerUid: string | null) => (ownerUid ? (names.get(ownerUid) ?? t('candidateList.unknownOwner')) : t('candidateList.noOwner'));
  const regionName = region.data?.name ?? regionId;

  const [exporting, setExporting] = useState<'idle' | 'busy' | 'capped'>('idle');
  const [exportError, setExportError] = useState<unknown>(null);
  const exportCsv = async () => {
    setExporting('busy');
    setExportError(null);
    try {
      const { rows, capped } = await fetchAllCandidates(regionId, filters);
      // Dutch headers and labels whatever the interface language: the file goes to Dutch colleagues and tools.
      saveCsv(candidatesCsv(rows, ownerName, i18n.getFixedT('nl')), `kandidaten-${regionId}-${new Date().toISOString().slice(0, 10)}.csv`);
      setExporting(capped ? 'capped' : 'idle');
    } catch (error) {
      setExportError(error);
      setExporting('idle');
    }
  };

  return (
    <>
      <SectionCard id="candidate-filters" title={t('candidateList.filters.title')}>
        <CandidateFilters filters={filters} onChange={onPatch} onClear={() => onFilters({})} owners={owners} />
        <SavedViews regionId={regionId} uid={uid} filters={filters} onApply={onFilters} />
      </SectionCard>
      <SectionCard id="candidate-results" title={t('candidateList.results', { region: regionName })}>
        <Group justify="flex-end">
          <Button variant="default" loading={exporting === 'busy'} onClick={() => void exportCsv()}>
            {t('candidateList.export')}
          </Button>
        </Group>
        {exportError !== null && <ErrorAlert error={exportError} />}
        {exporting === 'capped' && (
          <Text size="sm" role="status">
            {t('candidateList.exportCapped', { count: exportCap })}
          </Text>
        )}
        <CandidateTable regionId={regionId} filters={filters} ownerName={ownerName} losingSightDays={losingSightDays} regionName={regionName} />
      </SectionCard>
    </>
  );
}
