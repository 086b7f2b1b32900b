import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import type { Figure } from './dashboard-figures';
import { FigureChart } from './figure-chart';
import { FigureTable } from './figure-table';
import classes from './dashboard.module.css';

interface FigureSectionProps {
  figure: Figure;
  /** Caption context, e.g. "Nijmegen, laatste 12 weken". */
  context: string;
  onCsv: () => void;
  wide?: boolean;
}

/** One chart of the dashboard with its table (always there for screen readers, shown on request) and its CSV. */
export function FigureSection({ figure, context, onCsv, wide = false }: FigureSectionProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const headingId = `figure-${figure.id}`;
  const tableId = `figure-${figure.id}-table`;
  const caption = `${figure.title} (${context})`;
  const empty = figure.rows.length === 0 || figure.rows.every((row) => Object.values(row).every((cell) => cell.value === 0 || typeof cell.value === 'string'));
  return (
    <Paper
      component="section"
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      radius="md"
      aria-labelledby={headingId}
      className={wide ? classes.wide : undefined}
      data-testid={`dashboard-${figure.id === 'trechter' ? 'funnel' : figure.id}`}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {figure.title}
        </Title>
        {figure.description && (
          <Text size="sm" c="dimmed">
            {figure.description}
          </Text>
        )}
        {figure.note && (
          <Text size="sm" fs="italic">
            {figure.note}
          </Text>
        )}
        {empty ? (
          <EmptyState>{t('dashboard.noFigures')}</EmptyState>
        ) : (
          <>
            {figure.chart && <FigureChart chart={figure.chart} label={t('dashboard.chartLabel', { title: caption })} />}
            <Group gap="xs">
              {!figure.tableFirst && (
                <Button size="xs" variant="default" onClick={() => setShowTable((shown) => !shown)} aria-expanded={showTable} aria-controls={tableId}>
                  {showTable ? t('dashboard.hideTable') : t('dashboard.showTable')}
                </Button>
              )}
              <Button size="xs" variant="default" onClick={onCsv} aria-label={t('dashboard.csvLabel', { title: figure.title })}>
                {t('dashboard.csv')}
              </Button>
            </Group>
            <div id={tableId}>
              <FigureTable figure={figure} caption={caption} hidden={!figure.tableFirst && !showTable} />
            </div>
          </>
        )}
      </Stack>
    </Paper>
  );
}
