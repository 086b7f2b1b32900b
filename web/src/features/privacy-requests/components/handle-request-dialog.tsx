import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { handlePrivacyRequestInputSchema, useHandlePrivacyRequest, type HandlePrivacyRequestInput } from '../api/handle-privacy-request';

interface HandleRequestDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  requestId: string;
  uid: string;
  /** The request in words ("Verwijderen van gegevens van Anna"), for the dialog's title. */
  title: string;
}

/** Marks a privacy request done or rejected, with a note; the rules stamp who and when. */
export function HandleRequestDialog({ opened, onClose, ...props }: HandleRequestDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title={props.title} fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <HandleRequestForm {...props} onClose={onClose} />}
    </Modal>
  );
}

function HandleRequestForm({ regionId, requestId, uid, onClose }: Omit<HandleRequestDialogProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const handle = useHandlePrivacyRequest();
  const form = useForm<HandlePrivacyRequestInput, unknown, z.output<typeof handlePrivacyRequestInputSchema>>({
    resolver: zodResolver(handlePrivacyRequestInputSchema),
    defaultValues: { status: 'done', note: '' },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit((values) =>
    handle.mutate(
      { regionId, requestId, uid, input: { status: values.status, note: values.note ?? '' } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t(values.status === 'done' ? 'privacyRequests.handle.savedDone' : 'privacyRequests.handle.savedRejected') });
          onClose();
        },
      },
    ),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('privacyRequests.handle.form')}>
      <Stack>
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Radio.Group label={t('privacyRequests.handle.outcome')} required value={field.value} onChange={field.onChange}>
              <Stack gap="xs" mt="xs">
                <Radio value="done" label={t('privacyRequests.handle.done')} />
                <Radio value="rejected" label={t('privacyRequests.handle.rejected')} />
              </Stack>
            </Radio.Group>
          )}
        />
        <Textarea
          label={t('privacyRequests.handle.note')}
          description={t('privacyRequests.handle.noteHint')}
          autosize
          minRows={3}
          maxLength={500}
          error={errors.note && t('privacyRequests.handle.noteRequired')}
          {...form.register('note')}
        />
        {handle.isError && <ErrorAlert error={handle.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={handle.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={handle.isPending} loaderProps={{ 'aria-label': t('privacyRequests.handle.saving') }}>
            {t('privacyRequests.handle.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
