import type { Introduction } from '@koers/domain';
import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { useFormat } from '../../../lib/format';
import type { WithId } from '../../../lib/firestore';

/** What an organisation sees of the candidates proposed to it: the consented profile only. */
export function IntroductionTable({ caption, introductions }: { caption: string; introductions: WithId<Introduction>[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (introductions.length === 0) return <EmptyState>{t('organisation.empty')}</EmptyState>;
  return (
    <DataTable caption={caption} minWidth={680}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisation.columns.firstName')}</Table.Th>
            <Table.Th scope="col">{t('organisation.columns.place')}</Table.Th>
            <Table.Th scope="col">{t('organisation.columns.interests')}</Table.Th>
            <Table.Th scope="col">{t('organisation.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('organisation.columns.adviser')}</Table.Th>
            <Table.Th scope="col">{t('organisation.columns.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {introductions.map((introduction) => (
            <Table.Tr key={introduction.id}>
              <Table.Th scope="row" fw={500}>
                {introduction.profile.firstName}
              </Table.Th>
              <Table.Td>{introduction.profile.place ?? t('common.none')}</Table.Td>
              <Table.Td>
                {[
                  ...introduction.profile.sectors.map((sector) => t(`vocab.sectorShort.${sector}`)),
                  ...introduction.profile.subjects.map((subject) => t(`vocab.subject.${subject}`)),
                ].join(', ') || t('common.none')}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" tt="none">
                  {t(`vocab.matchStatus.${introduction.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{introduction.adviserName}</Table.Td>
              <Table.Td>{format.date(introduction.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
    </DataTable>
  );
}
