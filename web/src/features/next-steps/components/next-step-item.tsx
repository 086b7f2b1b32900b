import type { NextStep } from '@koers/domain';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { formValuesOf } from '../api/next-step-input';
import { useUpdateNextStep } from '../api/update-next-step';
import { NextStepForm } from './next-step-form';

/** A calendar day (YYYY-MM-DD) as a local date, so it never shifts a day across time zones. */
export function localDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

interface NextStepItemProps {
  step: WithId<NextStep>;
  candidateId: string;
  /** The candidate's own account, to tell their tick from a colleague's. */
  candidateUid: string | null;
  uid: string;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  moving: boolean;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
}

/** One step: what, by when, and whether the candidate ticked it off; edited in place. */
export function NextStepItem({ step, candidateId, candidateUid, uid, editing, onEdit, canMoveUp, canMoveDown, moving, onMove, onDelete }: NextStepItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateNextStep(candidateId);

  if (editing) {
    return (
      <Paper component="li" withBorder p="sm" radius="sm" aria-label={step.title}>
        <NextStepForm
          label={t('nextSteps.editForm', { title: step.title })}
          initial={formValuesOf(step)}
          submitLabel={t('nextSteps.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate({ candidateId, stepId: step.id, uid, input }, { onSuccess: () => onEdit(false) })}
          onCancel={() => {
            update.reset();
            onEdit(false);
          }}
        />
      </Paper>
    );
  }

  const doneText =
    step.done && step.doneAt
      ? step.doneBy && step.doneBy === candidateUid
        ? t('nextSteps.doneByCandidate', { date: format.date(step.doneAt) })
        : t('nextSteps.doneAt', { date: format.date(step.doneAt) })
      : null;

  return (
    <Paper component="li" withBorder p="sm" radius="sm" aria-label={step.title}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" td={step.done ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
            {step.title}
          </Text>
          {step.done ? (
            <Badge color="green" variant="light" style={{ flexShrink: 0 }}>
              {t('nextSteps.done')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
              {t('nextSteps.open')}
            </Badge>
          )}
        </Group>
        {step.detail && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {step.detail}
          </Text>
        )}
        {step.dueDate && (
          <Text size="xs">
            {t('nextSteps.due')} <time dateTime={step.dueDate}>{format.date(localDay(step.dueDate))}</time>
          </Text>
        )}
        {doneText && (
          <Text size="xs" fw={600}>
            {doneText}
          </Text>
        )}
        <Group gap={6}>
          <ActionIcon
            variant="default"
            size="md"
            aria-label={t('nextSteps.moveUp', { title: step.title })}
            disabled={!canMoveUp || moving}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="md"
            aria-label={t('nextSteps.moveDown', { title: step.title })}
            disabled={!canMoveDown || moving}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </ActionIcon>
          <Button size="compact-sm" variant="subtle" aria-label={t('nextSteps.editNamed', { title: step.title })} onClick={() => onEdit(true)}>
            {t('nextSteps.edit')}
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" aria-label={t('nextSteps.deleteNamed', { title: step.title })} onClick={onDelete}>
            {t('nextSteps.delete')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
