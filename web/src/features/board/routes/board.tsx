import { boardColumns, defaultLosingSightDays, sliceOf, type BoardColumn as BoardColumnName } from '@koers/domain';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { daysAgo } from '../../../lib/format';
import { StaffRegionSelect } from '../../access/components/staff-region-select';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useRegionAggregate } from '../../dashboard/api/get-region-aggregate';
import { useRegion } from '../../region/api/get-region';
import { useMemberList } from '../../region/api/list-members';
import { BoardColumn } from '../components/board-column';
import type { BoardCardData } from '../components/board-card';
import { MoveDialog, type PendingMove } from '../components/move-dialog';
import classes from '../components/board.module.css';

function isBoardColumn(value: unknown): value is BoardColumnName {
  return typeof value === 'string' && (boardColumns as readonly string[]).includes(value);
}

/** /bord: the pipeline board of one of the regions where the person is staff. */
export function BoardRoute() {
  const { t } = useTranslation();
  const { regionId } = useStaffRegion();

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('board.title')}</PageTitle>
        <Text c="dimmed">{t('board.intro')}</Text>
      </Stack>
      <StaffRegionSelect label={t('board.region')} />
      {regionId ? <RegionBoard key={regionId} regionId={regionId} /> : <EmptyState>{t('board.noRegion')}</EmptyState>}
    </Stack>
  );
}

function RegionBoard({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const region = useRegion(regionId);
  const aggregate = useRegionAggregate(regionId);
  const members = useMemberList(regionId);
  const [move, setMove] = useState<PendingMove | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));

  const ownerNames = useMemo(() => new Map((members.data ?? []).map((member) => [member.uid, member.displayName || member.email])), [members.data]);
  const days = region.data?.settings.losingSightDays ?? defaultLosingSightDays;
  const [now] = useState(() => new Date());
  const cutoff = daysAgo(days, now);

  const columnName = (id: unknown) => (isBoardColumn(id) ? t(`vocab.boardColumn.${id}`) : '');
  const nameOf = (data: unknown) => (data as BoardCardData | undefined)?.candidate.name ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.dnd.start', { name: nameOf(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over ? t('board.dnd.over', { name: nameOf(active.data.current), column: columnName(over.id) }) : t('board.dnd.outside', { name: nameOf(active.data.current) }),
    onDragEnd: ({ active, over }) =>
      over ? t('board.dnd.end', { name: nameOf(active.data.current), column: columnName(over.id) }) : t('board.dnd.cancel', { name: nameOf(active.data.current) }),
    onDragCancel: ({ active }) => t('board.dnd.cancel', { name: nameOf(active.data.current) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const data = active.data.current as BoardCardData | undefined;
    if (!data || !over || !isBoardColumn(over.id) || over.id === data.column) return;
    setMove({ candidate: data.candidate, from: data.column, to: over.id });
  };

  return (
    <Stack gap="sm">
      {aggregate.isError && <ErrorAlert error={aggregate.error} onRetry={() => void aggregate.refetch()} />}
      <Text size="sm" c="dimmed">
        {t('board.hint', { days })}
      </Text>
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.dnd.instructions') } }}
      >
        {/* The board scrolls sideways; focusable so keyboard users can scroll it too. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className={classes.scroller} tabIndex={0} role="group" aria-label={t('board.columnsLabel', { region: region.data?.name ?? regionId })}>
          {boardColumns.map((column) => (
            <BoardColumn
              key={column}
              regionId={regionId}
              column={column}
              total={aggregate.data === undefined ? undefined : (sliceOf(aggregate.data)[`column.${column}`] ?? 0)}
              ownerNames={ownerNames}
              cutoff={cutoff}
              now={now}
              onMove={({ candidate, column: from }) => setMove({ candidate, from, to: null })}
            />
          ))}
        </div>
      </DndContext>
      <MoveDialog move={move} regionId={regionId} onClose={() => setMove(null)} />
    </Stack>
  );
}
