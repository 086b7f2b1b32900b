import type { BoardColumn, CandidateIndexEntry } from '@koers/domain';
import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysBetween, useFormat } from '../../../lib/format';
import type { WithId } from '../../../lib/firestore';
import classes from './board.module.css';

export interface BoardCardData {
  candidate: WithId<CandidateIndexEntry>;
  column: BoardColumn;
}

interface BoardCardProps extends BoardCardData {
  ownerName: string | null;
  /** Active candidates without contact since this moment are out of sight. */
  cutoff: Date;
  now: Date;
  onMove: (data: BoardCardData) => void;
}

/** One candidate on the board: drag it by its handle, or move it through its menu. */
export function BoardCard({ candidate, column, ownerName, cutoff, now, onMove }: BoardCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: candidate.id,
    data: { candidate, column } satisfies BoardCardData,
  });
  const lost = candidate.status === 'active' && (!candidate.lastContactAt || candidate.lastContactAt < cutoff);
  const daysInPhase = daysBetween(candidate.phaseSince, now);
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;

  return (
    <Paper
      component="li"
      ref={setNodeRef}
      style={style}
      withBorder
      p="xs"
      radius="sm"
      className={`${classes.card} ${isDragging ? classes.dragging : ''}`}
      data-candidate-id={candidate.id}
      aria-label={candidate.name}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          className={classes.handle}
          aria-label={t('board.drag', { name: candidate.name })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden>⠿</span>
        </ActionIcon>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Anchor component={Link} to={`/kandidaten/${candidate.id}`} fw={600} size="sm">
            {candidate.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {ownerName ? t('board.card.owner', { name: ownerName }) : t('board.card.noOwner')}
          </Text>
          <Text size="xs">{t('board.card.daysInPhase', { count: daysInPhase })}</Text>
          <Group gap={6}>
            <Text size="xs">
              {candidate.lastContactAt ? (
                <>
                  {t('board.card.lastContact')}{' '}
                  <time dateTime={candidate.lastContactAt.toISOString()} title={format.date(candidate.lastContactAt)}>
                    {daysBetween(candidate.lastContactAt, now) === 0
                      ? t('common.today')
                      : t('common.daysAgo', { count: daysBetween(candidate.lastContactAt, now) })}
                  </time>
                </>
              ) : (
                t('common.neverContacted')
              )}
            </Text>
            {lost && (
              <Text span size="xs" fw={700} c="red.9" className={classes.lost}>
                {t('board.card.outOfSight')}
              </Text>
            )}
          </Group>
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('board.card.actions', { name: candidate.name })}>
              <span aria-hidden>⋯</span>
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onMove({ candidate, column })}>{t('board.card.move')}</Menu.Item>
            <Menu.Item component={Link} to={`/taken?kandidaat=${encodeURIComponent(candidate.id)}&naam=${encodeURIComponent(candidate.name)}`}>
              {t('board.card.addTask')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}
