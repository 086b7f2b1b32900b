import { boardColumns, phaseInfo, type BoardColumn, type Phase } from '@koers/domain';
import { Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../lib/format';

const outcomeColour: Record<Exclude<BoardColumn, Phase>, string> = {
  started: 'var(--mantine-color-green-9)',
  exited: 'var(--mantine-color-gray-7)',
  paused: 'var(--mantine-color-gray-5)',
};

function colourOf(column: BoardColumn): string {
  return column in phaseInfo ? phaseInfo[column as Phase].colour : outcomeColour[column as Exclude<BoardColumn, Phase>];
}

/** Counts per board column as a table, with a bar per row for a quick visual comparison. */
export function ColumnCountTable({ caption, counts }: { caption: string; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = boardColumns.map((column) => ({ column, count: counts[`column.${column}`] ?? 0 }));
  const total = counts.total ?? rows.reduce((sum, row) => sum + row.count, 0);
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <DataTable caption={caption} minWidth={300} layout="fixed" striped={false} highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="38%">
              {t('dashboard.column')}
            </Table.Th>
            <Table.Th scope="col" w="18%" ta="right">
              {t('dashboard.count')}
            </Table.Th>
            <Table.Th scope="col">
              <span>{t('dashboard.share')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ column, count }) => (
            <Table.Tr key={column} data-column={column}>
              <Table.Th scope="row" fw={500}>
                {t(`vocab.boardColumn.${column}`)}
              </Table.Th>
              <Table.Td ta="right" ff="monospace" fz="md">
                {format.number(count)}
              </Table.Td>
              <Table.Td>
                <Box style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <Box
                    aria-hidden
                    h={14}
                    style={{
                      width: `${(count / max) * 100}%`,
                      minWidth: count > 0 ? 4 : 0,
                      background: colourOf(column),
                      borderRadius: 3,
                    }}
                  />
                  <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {total > 0 ? format.percent(count / total) : format.percent(0)}
                  </Text>
                </Box>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('dashboard.total')}</Table.Th>
            <Table.Td ta="right" ff="monospace" fz="md" fw={700} data-testid="total">
              {format.number(total)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
    </DataTable>
  );
}
