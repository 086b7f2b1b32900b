import type { NetworkColumnMapping, NetworkImportProblem, NetworkImportRowOutcome, NetworkRow, NetworkRowPart, NetworkRowStatus } from '@koers/domain';
import { Badge, Group, List, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';

const pageSize = 50;
export const statusOrder: readonly NetworkRowStatus[] = ['create', 'update', 'unchanged', 'invalid'];
/** Light-variant colours whose text keeps 4.5:1 on its tint. */
export const statusColor: Record<NetworkRowStatus, string> = { create: 'green', update: 'blue', unchanged: 'gray', invalid: 'red' };
const badgeStyles = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

export function problemText(t: TFunction, problem: NetworkImportProblem, mapping: NetworkColumnMapping): string {
  const column = (problem.column && mapping[problem.column]) || (problem.column ? t(`network.import.fields.${problem.column}`) : '');
  return t(`network.import.problems.${problem.code}`, { column, value: problem.value ?? '' });
}

function partText(t: TFunction, kind: 'organisation' | 'contact', part: NetworkRowPart): string {
  const fields = part.changes.map((field) => t(`network.import.changeFields.${field as 'name'}`)).join(', ');
  const action = part.action === 'update' ? t(`network.import.part.update`, { fields }) : t(`network.import.part.${part.action}`);
  const same = part.sameAsRow !== null ? ` ${t('network.import.part.sameAsRow', { row: part.sameAsRow })}` : '';
  return `${t(`network.import.part.${kind}`, { name: part.name })}: ${action}${same}`;
}

interface ImportReportProps {
  outcomes: readonly NetworkImportRowOutcome[];
  rows: readonly NetworkRow[];
  mapping: NetworkColumnMapping;
}

/** Every row of the file with what the import does with it, and why a row is skipped; filterable, a page at a time. */
export function NetworkImportReport({ outcomes, rows, mapping }: ImportReportProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<NetworkRowStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const shown = filter === 'all' ? outcomes : outcomes.filter((outcome) => outcome.status === filter);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages);
  const visible = shown.slice((current - 1) * pageSize, current * pageSize);
  const present = statusOrder.filter((status) => outcomes.some((outcome) => outcome.status === status));
  const nameOf = (outcome: NetworkImportRowOutcome) =>
    outcome.organisation?.name ?? (rows[outcome.row - 1]?.naam?.trim() || rows[outcome.row - 1]?.brin?.trim() || t('network.import.report.noName'));

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('network.import.report.filter')}
        maw={360}
        value={filter}
        onChange={(event) => {
          setFilter(event.currentTarget.value as NetworkRowStatus | 'all');
          setPage(1);
        }}
        data={[
          { value: 'all', label: t('network.import.report.all', { count: outcomes.length }) },
          ...present.map((status) => ({ value: status, label: `${t(`network.import.status.${status}`)} (${outcomes.filter((outcome) => outcome.status === status).length})` })),
        ]}
      />
      <DataTable caption={t('network.import.report.caption')} minWidth={300} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              {t('network.import.report.row')}
            </Table.Th>
            <Table.Th scope="col">{t('network.import.report.organisation')}</Table.Th>
            <Table.Th scope="col">{t('network.import.report.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((outcome) => (
            <Table.Tr key={outcome.row} data-row={outcome.row}>
              <Table.Td>{outcome.row}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {nameOf(outcome)}
                  </Text>
                  {outcome.status === 'invalid' ? (
                    <List size="sm" spacing={2}>
                      {outcome.problems.map((problem, index) => (
                        <List.Item key={index}>{problemText(t, problem, mapping)}</List.Item>
                      ))}
                    </List>
                  ) : (
                    <>
                      {outcome.organisation && <Text size="sm">{partText(t, 'organisation', outcome.organisation)}</Text>}
                      {outcome.contact && <Text size="sm">{partText(t, 'contact', outcome.contact)}</Text>}
                    </>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge color={statusColor[outcome.status]} variant="light" radius="sm" tt="none" styles={badgeStyles}>
                  {t(`network.import.status.${outcome.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      {pages > 1 && (
        <Group component="nav" aria-label={t('network.import.report.pages')} justify="center">
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            size="sm"
            siblings={1}
            getItemProps={(item) => ({ 'aria-label': t('network.import.report.page', { page: item }) })}
            getControlProps={(control) =>
              control === 'previous' ? { 'aria-label': t('network.import.report.previous') } : control === 'next' ? { 'aria-label': t('network.import.report.next') } : {}
            }
          />
        </Group>
      )}
    </Stack>
  );
}
