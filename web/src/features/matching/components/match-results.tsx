import { outcomeSeries, outcomesPerMonth, type OutcomeSeries } from '@koers/domain';
import '@mantine/charts/styles.css';
import type { Match } from '@koers/domain';
import { LineChart } from '@mantine/charts';
import { Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { intlLocale } from '../../../lib/i18n';
import { useFormat } from '../../../lib/format';
import classes from './matching.module.css';

const colours: Record<OutcomeSeries, string> = {
  proposed: 'blue.6',
  accepted: 'teal.6',
  declined: 'red.6',
  interview_planned: 'indigo.4',
  contract_enrolled: 'orange.6',
  started: 'green.8',
};

/** Match outcomes per month, the last 12 months, as a chart with the same numbers as a table. */
export function MatchResults({ matches }: { matches: readonly Match[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [showTable, setShowTable] = useState(false);
  const rows = outcomesPerMonth(matches, new Date());
  const monthLabel = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'short', year: '2-digit' });
  const monthLong = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'long', year: 'numeric' });
  const data = rows.map((row) => ({ ...row, label: monthLabel.format(row.month) }));
  const series = outcomeSeries.map((name) => ({ name, label: t(`matching.results.series.${name}`), color: colours[name] }));
  const tableId = 'match-results-table';
  const body = (
    <>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('matching.results.month')}</Table.Th>
          {series.map((item) => (
            <Table.Th scope="col" key={item.name}>
              {item.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.month.getTime()}>
            <Table.Th scope="row" fw={500}>
              {monthLong.format(row.month)}
            </Table.Th>
            {outcomeSeries.map((name) => (
              <Table.Td key={name}>{format.number(row[name])}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('matching.results.intro')}
      </Text>
      <Box role="img" aria-label={t('matching.results.chartLabel')}>
        <LineChart
          h={300}
          data={data}
          dataKey="label"
          series={series}
          curveType="linear"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={(value) => format.number(value)}
        />
      </Box>
      <Group>
        <Button size="xs" variant="default" onClick={() => setShowTable((shown) => !shown)} aria-expanded={showTable} aria-controls={tableId}>
          {showTable ? t('matching.results.hideTable') : t('matching.results.showTable')}
        </Button>
      </Group>
      {/* Always in the page for screen readers; shown on request for everyone else. */}
      <div id={tableId}>
        {showTable ? (
          <DataTable caption={t('matching.results.caption')} minWidth={720}>
            {body}
          </DataTable>
        ) : (
          <Table className={classes.srOnly}>
            <caption>{t('matching.results.caption')}</caption>
            {body}
          </Table>
        )}
      </div>
    </Stack>
  );
}
