import type { FileImportOutcome, ImportAction, PilotColumnMapping } from '@koers/domain';
import { Anchor, Badge, Group, List, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { useExistingCandidateNames } from '../api/get-existing-candidate';
import { problemText } from './problem-text';

/** Rows per page: enough to scan, few enough to render instantly for a 5,000-row file. */
const pageSize = 50;

/** Badges wrap instead of cutting "Mogelijk dubbel" short on a phone. */
const badgeStyles = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

export const actionOrder: readonly ImportAction[] = ['create', 'update', 'invalid', 'possible_duplicate', 'duplicate_in_file'];

/** Light-variant colours whose text keeps 4.5:1 on its tint (orange does not, with the theme's shades). */
export const actionColor: Record<ImportAction, string> = {
  create: 'green',
  update: 'blue',
  invalid: 'red',
  possible_duplicate: 'grape',
  duplicate_in_file: 'gray',
};

interface ImportReportProps {
  regionId: string;
  outcomes: readonly FileImportOutcome[];
  /** The file's rows keyed by pilot field names (for the name column). */
  rows: ReadonlyArray<Record<string, string>>;
  mapping: PilotColumnMapping;
  /** After the import, outcomes read as what happened instead of what would happen. */
  committed?: boolean;
}

/** The outcome of each row of the file, filterable by outcome, a page at a time. */
export function ImportReport({ regionId, outcomes, rows, mapping, committed = false }: ImportReportProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ImportAction | 'all'>('all');
  const [page, setPage] = useState(1);
  const shown = filter === 'all' ? outcomes : outcomes.filter((outcome) => outcome.action === filter);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages);
  const visible = shown.slice((current - 1) * pageSize, current * pageSize);
  const names = useExistingCandidateNames(regionId, visible.flatMap((outcome) => (outcome.candidateId ? [outcome.candidateId] : [])));
  const present = actionOrder.filter((action) => outcomes.some((outcome) => outcome.action === action));

  const statusLabel = (action: ImportAction) => {
    if (!committed) return t(`importCandidates.status.${action}`);
    return action === 'create' || action === 'update' ? t(`importCandidates.committedStatus.${action}`) : t('importCandidates.committedStatus.skipped');
  };

  const details = (outcome: FileImportOutcome) => {
    if (outcome.action === 'invalid') {
      return (
        <List size="sm" spacing={2}>
          {outcome.problems.map((problem, index) => (
            <List.Item key={index}>{problemText(t, problem, mapping)}</List.Item>
          ))}
        </List>
      );
    }
    if (outcome.action === 'duplicate_in_file') {
      return <Text size="sm">{t('importCandidates.report.sameEmailAs', { row: outcome.duplicateOfRow ?? '?' })}</Text>;
    }
    if ((outcome.action === 'possible_duplicate' || outcome.action === 'update') && outcome.candidateId) {
      const reasons = outcome.reasons.map((reason) => t(`importCandidates.reasons.${reason}`)).join(', ');
      return (
        <Text size="sm">
          {outcome.action === 'update' ? t('importCandidates.report.updates') : t('importCandidates.report.looksLike')}{' '}
          <Anchor component={Link} to={`/kandidaten/${outcome.candidateId}`} target="_blank">
            {names.get(outcome.candidateId) ?? t('importCandidates.report.existingDossier')}
          </Anchor>{' '}
          {reasons && t('importCandidates.report.because', { reasons })}
        </Text>
      );
    }
    return null;
  };

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('importCandidates.report.filter')}
        maw={360}
        value={filter}
        onChange={(event) => {
          setFilter(event.currentTarget.value as ImportAction | 'all');
          setPage(1);
        }}
        data={[
          { value: 'all', label: t('importCandidates.report.all', { count: outcomes.length }) },
          ...present.map((action) => ({
            value: action,
            label: `${statusLabel(action)} (${outcomes.filter((outcome) => outcome.action === action).length})`,
          })),
        ]}
      />
      <Text size="xs" c="dimmed">
        {t('importCandidates.report.rowNote')}
      </Text>
      {visible.length === 0 ? (
        <Text>{t('importCandidates.report.empty')}</Text>
      ) : (
        <DataTable caption={t('importCandidates.report.caption')} minWidth={300} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={48}>
                {t('importCandidates.report.row')}
              </Table.Th>
              <Table.Th scope="col">{t('importCandidates.report.name')}</Table.Th>
              <Table.Th scope="col">{t('importCandidates.report.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((outcome) => (
              <Table.Tr key={outcome.row}>
                <Table.Td>{outcome.row}</Table.Td>
                <Table.Td>
                  {/* The details sit under the name, so the table fits a phone without scrolling sideways. */}
                  <Stack gap={2}>
                    <Text size="sm" fw={500}>
                      {rows[outcome.row - 1]?.naam?.trim() || t('importCandidates.report.noName')}
                    </Text>
                    {details(outcome)}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge color={actionColor[outcome.action]} variant="light" radius="sm" tt="none" styles={badgeStyles}>
                    {statusLabel(outcome.action)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      {pages > 1 && (
        <Group component="nav" aria-label={t('importCandidates.report.pages')} justify="center">
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            size="sm"
            siblings={1}
            getItemProps={(item) => ({ 'aria-label': t('importCandidates.report.page', { page: item }) })}
            getControlProps={(control) =>
              control === 'previous'
                ? { 'aria-label': t('importCandidates.report.previous') }
                : control === 'next'
                  ? { 'aria-label': t('importCandidates.report.nextPage') }
                  : {}
            }
          />
        </Group>
      )}
    </Stack>
  );
}
