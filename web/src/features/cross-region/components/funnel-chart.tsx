import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { funnelChartData, type CrossRegionTable } from './cross-region-tables';
import { useRowLabel } from './use-row-label';

const palette = ['teal.6', 'indigo.6', 'orange.6', 'grape.6', 'cyan.7', 'lime.7', 'pink.6', 'yellow.7'];

/** The funnel per region as bars; the numbers (and the "< 5" the drawing leaves out) are in the table below. */
export function FunnelChart({ table, regionIds, regionNames }: { table: CrossRegionTable; regionIds: readonly string[]; regionNames: Record<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useRowLabel();
  return (
    <Box>
      <Box role="img" aria-label={t('crossRegion.chartLabel')}>
        <BarChart
          h={280}
          data={funnelChartData(table, label, regionIds)}
          dataKey="step"
          series={regionIds.map((regionId, i) => ({ name: regionId, label: regionNames[regionId] ?? regionId, color: palette[i % palette.length]! }))}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          yAxisProps={{ allowDecimals: false, width: 40 }}
          valueFormatter={(value) => format.number(value)}
        />
      </Box>
      <Text size="xs" c="dimmed" mt="xs">
        {t('crossRegion.chartNote')}
      </Text>
    </Box>
  );
}
