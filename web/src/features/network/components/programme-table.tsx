import type { Organisation, Programme } from '@koers/domain';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { WithId } from '../../../lib/firestore';

/** Badges grow with their text instead of cutting "Gepubliceerd" short. */
const badgeStyles = { root: { height: 'auto', paddingBlock: 2, maxWidth: 'none' }, label: { whiteSpace: 'nowrap', overflow: 'visible' } } as const;

interface ProgrammeTableProps {
  programmes: ReadonlyArray<WithId<Programme>>;
  institutes: ReadonlyMap<string, WithId<Organisation>>;
  caption: string;
  regionSearch: string;
}

/** Training programmes with their institute, type, sectors and whether they are published. */
export function ProgrammeTable({ programmes, institutes, caption, regionSearch }: ProgrammeTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} minWidth={640} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('network.columns.programme')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.institute')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.programmeType')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.sectors')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.published')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {programmes.map((programme) => {
          const institute = institutes.get(programme.organisationId);
          return (
            <Table.Tr key={programme.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {programme.name}
                </Text>
              </Table.Td>
              <Table.Td>
                {institute ? (
                  <Anchor component={Link} to={`/netwerk/organisaties/${institute.id}${regionSearch}`} size="sm">
                    {institute.name}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('common.none')}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`vocab.programmeType.${programme.type}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{programme.sectors.map((sector) => t(`vocab.sectorShort.${sector}`)).join(', ') || t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" tt="none" color={programme.published ? 'green' : 'gray'} styles={badgeStyles}>
                  {programme.published ? t('network.programmes.published') : t('network.programmes.draft')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
