import '@mantine/charts/styles.css';
import { AreaChart, BarChart, DonutChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useFormat } from '../../../lib/format';
import type { FigureChart as FigureChartSpec } from './dashboard-figures';

/** Draws a figure's chart; the numbers are in the figure's table, so the drawing is a picture with a label. */
export function FigureChart({ chart, label }: { chart: FigureChartSpec; label: string }) {
  const format = useFormat();
  const valueFormatter = (value: number) => format.number(value);
  return (
    <Box role="img" aria-label={label}>
      {/* The picture is labelled as a whole; its SVG parts are decoration for assistive technology. */}
      <div inert>
      {chart.kind === 'donut' ? (
        <DonutChart data={chart.data} withLabels withLabelsLine withTooltip={false} size={180} thickness={28} mx="auto" h={220} valueFormatter={valueFormatter} />
      ) : chart.kind === 'area' ? (
        <AreaChart
          h={300}
          data={chart.data}
          dataKey={chart.dataKey}
          series={chart.series}
          type="stacked"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={valueFormatter}
        />
      ) : (
        <BarChart
          h={chart.horizontal ? Math.max(140, 40 + 34 * chart.data.length) : 260}
          data={chart.data}
          dataKey={chart.dataKey}
          series={chart.series}
          orientation={chart.horizontal ? 'vertical' : 'horizontal'}
          type={chart.stacked ? 'stacked' : 'default'}
          withLegend={chart.series.length > 1}
          legendProps={{ verticalAlign: 'bottom' }}
          yAxisProps={chart.horizontal ? { width: 130 } : { allowDecimals: false }}
          xAxisProps={chart.horizontal ? { allowDecimals: false } : undefined}
          valueFormatter={valueFormatter}
          withBarValueLabel={!chart.stacked}
        />
      )}
      </div>
    </Box>
  );
}
