import type { Member } from '@koers/domain';
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { useFormat } from '../../../lib/format';
import type { WithId } from '../../../lib/firestore';

interface MemberTableProps {
  caption: string;
  members: WithId<Member>[];
  /** Organisation names by id, for HR and training staff. */
  organisationNames?: ReadonlyMap<string, string>;
  /** Extra cells per row (e.g. role actions), with their column header. */
  actions?: { header: string; render: (member: WithId<Member>) => ReactNode };
}

/** The region's directory: who has which role. */
export function MemberTable({ caption, members, organisationNames, actions }: MemberTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (members.length === 0) return <EmptyState>{t('region.noMembers')}</EmptyState>;
  return (
    <DataTable caption={caption} minWidth={actions ? 940 : 640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('region.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('region.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('region.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('region.columns.organisation')}</Table.Th>
            <Table.Th scope="col">{t('region.columns.since')}</Table.Th>
            {actions && <Table.Th scope="col">{actions.header}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Th scope="row" fw={500}>
                {member.displayName || member.email}
              </Table.Th>
              <Table.Td>{member.email}</Table.Td>
              <Table.Td>{t(`vocab.role.${member.role}`)}</Table.Td>
              <Table.Td>
                {member.organisationId ? (organisationNames?.get(member.organisationId) ?? member.organisationId) : t('common.none')}
              </Table.Td>
              <Table.Td>{format.date(member.grantedAt)}</Table.Td>
              {actions && <Table.Td>{actions.render(member)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
    </DataTable>
  );
}
