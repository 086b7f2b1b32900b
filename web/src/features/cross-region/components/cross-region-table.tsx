import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../lib/format';
import { downloadCsv } from '../../../lib/download-csv';
import { crossRegionCsvRows, type CrossRegionTable as Table_ } from './cross-region-tables';
import { useRowLabel } from './use-row-label';

interface Props {
  table: Table_;
  title: string;
  regionNames: readonly string[];
  fileName: string;
}

/** One comparison table: a row per figure, a column per region; "< 5" where the figure is suppressed. */
export function CrossRegionTable({ table, title, regionNames, fileName }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useRowLabel();
  const suppressed = t('crossRegion.suppressed');

  if (table.rows.length === 0) return <Text c="dimmed">{t('crossRegion.noRows')}</Text>;
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <Button
          variant="default"
          size="xs"
          aria-label={t('crossRegion.csvLabel', { title })}
          onClick={() => downloadCsv(crossRegionCsvRows(table, t('crossRegion.figure'), regionNames, label, suppressed), fileName)}
        >
          {t('crossRegion.csv')}
        </Button>
      </Group>
      <DataTable caption={t('crossRegion.caption', { title })} minWidth={160 + 110 * regionNames.length}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('crossRegion.figure')}</Table.Th>
            {regionNames.map((name) => (
              <Table.Th scope="col" key={name} ta="right">
                {name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw="normal">
                {label(row)}
              </Table.Th>
              {row.values.map((value, i) => (
                <Table.Td key={i} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {value === null ? <span title={t('crossRegion.suppressedHint')}>{suppressed}</span> : format.number(value)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
    </Stack>
  );
}
