import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useRegionList } from '../../region/api/list-regions';

/** /beheer: the platform admin's start page: every region, and the way to its users. */
export function AdminHomeRoute() {
  const { t } = useTranslation();
  const regions = useRegionList();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('admin.title')}</PageTitle>
        <Text c="dimmed">{t('admin.intro')}</Text>
      </Stack>
      <SectionCard id="regions" title={t('admin.regionsCaption')}>
        {regions.isPending ? (
          <PageLoader />
        ) : regions.isError ? (
          <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />
        ) : regions.data.length === 0 ? (
          <EmptyState>{t('admin.noRegions')}</EmptyState>
        ) : (
          <DataTable caption={t('admin.regionsCaption')} minWidth={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.columns.id')}</Table.Th>
                  <Table.Th scope="col">{t('admin.columns.participating')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('admin.columns.municipalities')}
                  </Table.Th>
                  <Table.Th scope="col">{t('admin.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {regions.data.map((region) => (
                  <Table.Tr key={region.id}>
                    <Table.Th scope="row" fw={500}>
                      {region.name}
                    </Table.Th>
                    <Table.Td ff="monospace">{region.id}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={region.participating ? 'green' : 'gray'} tt="none">
                        {region.participating ? t('admin.participating') : t('admin.notParticipating')}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{region.municipalities.length}</Table.Td>
                    <Table.Td>
                      <Button
                        component={Link}
                        to={`/beheer/gebruikers?regio=${encodeURIComponent(region.id)}`}
                        size="xs"
                        variant="light"
                        aria-label={t('admin.manage', { region: region.name })}
                      >
                        {t('nav.users')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
          </DataTable>
        )}
      </SectionCard>
    </Stack>
  );
}
