import type { BoardColumn as BoardColumnName } from '@koers/domain';
import { useDroppable } from '@dnd-kit/core';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { boardPageSize, useBoardColumn } from '../api/list-board-column';
import { BoardCard, type BoardCardData } from './board-card';
import classes from './board.module.css';

interface BoardColumnProps {
  regionId: string;
  column: BoardColumnName;
  /** From the region's aggregate; undefined while it loads. */
  total: number | undefined;
  ownerNames: ReadonlyMap<string, string>;
  cutoff: Date;
  now: Date;
  onMove: (data: BoardCardData) => void;
}

/** A column of the board: its count from the aggregate, and one page of cards at a time. */
export function BoardColumn({ regionId, column, total, ownerNames, cutoff, now, onMove }: BoardColumnProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [size, setSize] = useState(boardPageSize);
  const cards = useBoardColumn(regionId, column, size);
  const { setNodeRef, isOver } = useDroppable({ id: column });
  const headingId = `board-column-${column}`;
  const shown = cards.data?.length ?? 0;
  const hasMore = cards.data !== undefined && shown >= size && (total === undefined || total > shown);

  return (
    <section ref={setNodeRef} aria-labelledby={headingId} className={`${classes.column} ${isOver ? classes.columnOver : ''}`} data-column={column}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Title order={2} size="h5" id={headingId}>
            {t(`vocab.boardColumn.${column}`)}
          </Title>
          <Text size="sm" fw={700} data-testid={`board-count-${column}`}>
            {total === undefined ? '…' : format.number(total)}
          </Text>
        </Group>
        {cards.isPending ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : cards.isError ? (
          <ErrorAlert error={cards.error} onRetry={() => void cards.refetch()} />
        ) : shown === 0 ? (
          <Text size="sm" c="dimmed">
            {t('board.emptyColumn')}
          </Text>
        ) : (
          <ul className={classes.cards} aria-label={t('board.cardsOf', { column: t(`vocab.boardColumn.${column}`) })}>
            {cards.data.map((candidate) => (
              <BoardCard
                key={candidate.id}
                candidate={candidate}
                column={column}
                ownerName={candidate.ownerUid ? (ownerNames.get(candidate.ownerUid) ?? null) : null}
                cutoff={cutoff}
                now={now}
                onMove={onMove}
              />
            ))}
          </ul>
        )}
        {shown > 0 && total !== undefined && (
          <Text size="xs" c="dimmed">
            {t('board.shown', { shown, total })}
          </Text>
        )}
        {hasMore && (
          <Button variant="light" size="xs" onClick={() => setSize((value) => value + boardPageSize)} loading={cards.isFetching && cards.isPlaceholderData}>
            {t('board.more')}
          </Button>
        )}
      </Stack>
    </section>
  );
}
