import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

interface ConfirmDeleteDialogProps<V> {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** The delete operation; reset when the dialog closes so an old error does not linger. */
  remove: UseMutationResult<unknown, Error, V>;
  variables: V | null;
  onDeleted: () => void;
  onClose: () => void;
}

/** Asks before a permanent delete, runs it, and shows its error in place. */
export function ConfirmDeleteDialog<V>({ opened, title, body, confirmLabel, remove, variables, onDeleted, onClose }: ConfirmDeleteDialogProps<V>) {
  const { t } = useTranslation();
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (variables === null) return;
    remove.mutate(variables, {
      onSuccess: () => {
        onDeleted();
        close();
      },
    });
  };
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={title}>
      <Stack>
        <Text size="sm">{body}</Text>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={remove.isPending}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
