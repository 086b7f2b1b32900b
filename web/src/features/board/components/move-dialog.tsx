import { boardColumns, exitReasons, type BoardColumn, type CandidateIndexEntry } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useIsMutating } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { boardKeys } from '../api/board-keys';
import { moveCandidateInputSchema, useMoveCandidate } from '../api/move-candidate';

export interface PendingMove {
  candidate: WithId<CandidateIndexEntry>;
  from: BoardColumn;
  /** Where the card was dropped; null when the move started from the card's menu. */
  to: BoardColumn | null;
}

interface MoveDialogProps {
  move: PendingMove | null;
  regionId: string;
  onClose: () => void;
}

type MoveFormValues = z.input<typeof moveCandidateInputSchema>;

/** Confirms a move to another column, with an exit reason when needed and an optional note. */
export function MoveDialog({ move, regionId, onClose }: MoveDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const pending = useIsMutating({ mutationKey: boardKeys.move() }) > 0;
  return (
    <Modal
      opened={move !== null}
      onClose={() => {
        if (!pending) onClose();
      }}
      title={move ? t('board.move.title', { name: move.candidate.name }) : ''}
      fullScreen={phone}
      size="md"
    >
      {move && <MoveForm key={`${move.candidate.id}-${move.to ?? ''}`} move={move} regionId={regionId} onClose={onClose} />}
    </Modal>
  );
}

function MoveForm({ move, regionId, onClose }: { move: PendingMove; regionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mutation = useMoveCandidate();
  const firstOther = boardColumns.find((value) => value !== move.from) ?? 'interest';
  const form = useForm<MoveFormValues, unknown, z.output<typeof moveCandidateInputSchema>>({
    resolver: zodResolver(moveCandidateInputSchema),
    defaultValues: { column: move.to ?? firstOther, exitReason: '', note: '' },
  });
  const column = useWatch({ control: form.control, name: 'column' });
  const errors = form.formState.errors;

  const submit = form.handleSubmit((values) => {
    mutation.mutate(
      {
        ...values,
        candidateId: move.candidate.id,
        phase: move.candidate.phase,
        regionId,
        uid: user.uid,
        authorName: user.displayName ?? user.email ?? user.uid,
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('board.move.done', { name: move.candidate.name, column: t(`vocab.boardColumn.${values.column}`) }),
          });
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <NativeSelect
          label={t('board.move.column')}
          description={t('board.move.from', { column: t(`vocab.boardColumn.${move.from}`) })}
          required
          data={boardColumns.filter((value) => value !== move.from).map((value) => ({ value, label: t(`vocab.boardColumn.${value}`) }))}
          error={errors.column && t('validation.required')}
          {...form.register('column')}
        />
        {column === 'exited' && (
          <NativeSelect
            label={t('board.move.exitReason')}
            required
            data={[{ value: '', label: '' }, ...exitReasons.map((value) => ({ value, label: t(`vocab.exitReason.${value}`) }))]}
            error={errors.exitReason && t('board.move.exitReasonRequired')}
            {...form.register('exitReason')}
          />
        )}
        <Textarea
          label={t('board.move.note')}
          description={t('board.move.noteHint')}
          autosize
          minRows={2}
          maxLength={500}
          error={errors.note && t('board.move.noteTooLong')}
          {...form.register('note')}
        />
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} loaderProps={{ 'aria-label': t('board.move.submitting') }}>
            {t('board.move.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
