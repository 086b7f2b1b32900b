import type { Organisation } from '@koers/domain';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { WithId } from '../../../lib/firestore';

interface OrganisationTableProps {
  organisations: ReadonlyArray<WithId<Organisation>>;
  caption: string;
  /** '' or '?regio=…', kept on the links. */
  regionSearch: string;
}

/** Organisations with type, sectors, place and BRIN; the name opens the organisation's page. */
export function OrganisationTable({ organisations, caption, regionSearch }: OrganisationTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} minWidth={560} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('network.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.type')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.sectors')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.place')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.brin')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organisations.map((organisation) => (
          <Table.Tr key={organisation.id}>
            <Table.Td>
              <Anchor component={Link} to={`/netwerk/organisaties/${organisation.id}${regionSearch}`} fw={500} size="sm">
                {organisation.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`vocab.organisationType.${organisation.type}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{organisation.sectors.map((sector) => t(`vocab.sectorShort.${sector}`)).join(', ') || t('common.none')}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{organisation.place ?? t('common.none')}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{organisation.brin ?? t('common.none')}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
