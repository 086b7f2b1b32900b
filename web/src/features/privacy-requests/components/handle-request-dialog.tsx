import { zodResolver } from '@hookform/resolvers/zod';
import type { PrivacyRequest } from '@koers/domain';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
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
  /** A deletion handled as done erases the dossier everywhere: the dialog warns and asks to confirm. */
  kind: PrivacyRequest['kind'];
  /** The request in words ("Verwijderen van gegevens van Anna"), for the dialog's title. */
  title: string;
}

/**
 * Marks a privacy request done or rejected, with a note; the rules stamp who and when. A
 * deletion marked done sets off the erasure of the dossier in every region (a function), which
 * cannot be undone: the dialog says so as soon as "done" is chosen, and asks once more.
 */
export function HandleRequestDialog({ opened, onClose, ...props }: HandleRequestDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title={props.title} fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <HandleRequestForm {...props} onClose={onClose} />}
    </Modal>
  );
}

function HandleRequestForm({ regionId, requestId, uid, kind, onClose }: Omit<HandleRequestDialogProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const handle = useHandlePrivacyRequest();
  const form = useForm<HandlePrivacyRequestInput, unknown, z.output<typeof handlePrivacyRequestInputSchema>>({
    resolver: zodResolver(handlePrivacyRequestInputSchema),
    defaultValues: { status: 'done', note: '' },
  });
  const errors = form.formState.errors;
  const status = useWatch({ control: form.control, name: 'status' });
  const erases = kind === 'deletion' && status === 'done';
  // The second step of an erasure: the first submit only asks, the confirming one saves.
  const [confirming, setConfirming] = useState(false);
  const submit = form.handleSubmit((values) => {
    if (erases && !confirming) {
      setConfirming(true);
      return;
    }
    handle.mutate(
      { regionId, requestId, uid, input: { status: values.status, note: values.note ?? '' } },
      {
        onSuccess: () => {
          const saved = values.status === 'rejected' ? 'savedRejected' : erases ? 'savedErasing' : 'savedDone';
          notifications.show({ color: 'green', message: t(`privacyRequests.handle.${saved}`) });
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('privacyRequests.handle.form')}>
      <Stack>
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Radio.Group
              label={t('privacyRequests.handle.outcome')}
              required
              value={field.value}
              onChange={(value) => {
                setConfirming(false);
                field.onChange(value);
              }}
            >
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
        {erases && !confirming && (
          <Alert color="red" variant="light" title={t('privacyRequests.handle.erasureTitle')}>
            {t('privacyRequests.handle.erasureWarning')}
          </Alert>
        )}
        {handle.isError && <ErrorAlert error={handle.error} />}
        {confirming ? (
          <Stack gap="sm" role="alert">
            <Text fw={700}>{t('privacyRequests.handle.confirmTitle')}</Text>
            <Text size="sm">{t('privacyRequests.handle.confirmText')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)} disabled={handle.isPending}>
                {t('privacyRequests.handle.back')}
              </Button>
              <Button type="submit" color="red" loading={handle.isPending} loaderProps={{ 'aria-label': t('privacyRequests.handle.saving') }}>
                {t('privacyRequests.handle.confirmErase')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={handle.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={erases ? 'red' : undefined} loading={handle.isPending} loaderProps={{ 'aria-label': t('privacyRequests.handle.saving') }}>
              {t(erases ? 'privacyRequests.handle.submitErase' : 'privacyRequests.handle.submit')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
