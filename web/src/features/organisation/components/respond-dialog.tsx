import type { Introduction, MatchStatus } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { IntroductionChangedError, useRespondToIntroduction } from '../api/respond-to-introduction';
import type { AnswerStatus } from './introduction-steps';

interface RespondDialogProps {
  regionId: string;
  organisationId: string;
  /** The introduction as it is now (live): a change by someone else shows while the dialog is open. */
  introduction: WithId<Introduction>;
  /** The step being taken; null: the dialog is closed. */
  status: AnswerStatus | null;
  onClose: () => void;
}

/** Takes one step on an introduction: an optional message (a reason, for a decline), a time for a conversation. */
export function RespondDialog({ status, onClose, ...props }: RespondDialogProps) {
  const { t } = useTranslation();
  const name = props.introduction.profile.firstName;
  return (
    <Modal
      opened={status !== null}
      onClose={onClose}
      title={status ? t(`organisation.respond.title.${status}`, { name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="md"
    >
      {status && <RespondForm key={status} status={status} onClose={onClose} {...props} />}
    </Modal>
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function formSchema(status: AnswerStatus) {
  return z
    .object({
      response: z.string().trim().max(500, 'tooLong'),
      date: z.string(),
      time: z.string(),
    })
    .superRefine((values, context) => {
      if (status === 'declined' && values.response === '') context.addIssue({ code: 'custom', path: ['response'], message: 'reasonRequired' });
      if (status !== 'interview_planned') return;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) context.addIssue({ code: 'custom', path: ['date'], message: 'dateRequired' });
      if (!/^\d{2}:\d{2}$/.test(values.time)) context.addIssue({ code: 'custom', path: ['time'], message: 'timeRequired' });
    });
}
type RespondFormValues = z.input<ReturnType<typeof formSchema>>;

function RespondForm({ regionId, organisationId, introduction, status, onClose }: RespondDialogProps & { status: AnswerStatus }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const respond = useRespondToIntroduction();
  // The status the person decided on; the answer is refused if it is no longer the status.
  const [expectedStatus] = useState<MatchStatus>(introduction.status);
  const changedMeanwhile = introduction.status !== expectedStatus;
  const planned = introduction.plannedAt;
  const form = useForm<RespondFormValues, unknown, z.output<ReturnType<typeof formSchema>>>({
    resolver: zodResolver(formSchema(status)),
    defaultValues: {
      response: '',
      date: planned ? `${planned.getFullYear()}-${pad(planned.getMonth() + 1)}-${pad(planned.getDate())}` : '',
      time: planned ? `${pad(planned.getHours())}:${pad(planned.getMinutes())}` : '',
    },
  });
  const errors = form.formState.errors;
  const name = introduction.profile.firstName;
  const declining = status === 'declined';

  const submit = form.handleSubmit((values) =>
    respond.mutate(
      {
        regionId,
        organisationId,
        introductionId: introduction.id,
        uid: user.uid,
        expectedStatus,
        status,
        response: values.response || null,
        ...(status === 'interview_planned' ? { plannedAt: new Date(`${values.date}T${values.time}`) } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('organisation.respond.saved', { name, status: t(`vocab.matchStatus.${status}`) }) });
          onClose();
        },
      },
    ),
  );

  const refusedAsChanged = respond.error instanceof IntroductionChangedError ? respond.error : null;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t(`organisation.respond.explain.${status}`, { name })}</Text>
        {(changedMeanwhile || refusedAsChanged) && (
          <Alert color="orange" variant="light" role="alert" title={t('organisation.respond.changedTitle')}>
            {t('organisation.respond.changedBody', {
              status: t(`vocab.matchStatus.${refusedAsChanged?.currentStatus ?? introduction.status}`),
            })}
          </Alert>
        )}
        {status === 'interview_planned' && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('organisation.respond.date')}
              required
              data-autofocus
              error={errors.date && t('organisation.respond.dateRequired')}
              {...form.register('date')}
            />
            <TextInput
              type="time"
              label={t('organisation.respond.time')}
              required
              step={300}
              error={errors.time && t('organisation.respond.timeRequired')}
              {...form.register('time')}
            />
          </SimpleGrid>
        )}
        <Textarea
          label={declining ? t('organisation.respond.reason') : t('organisation.respond.message')}
          description={declining ? t('organisation.respond.reasonHint') : t('organisation.respond.messageHint')}
          required={declining}
          autosize
          minRows={3}
          maxLength={500}
          data-autofocus={status === 'interview_planned' ? undefined : true}
          error={errors.response && t(`organisation.respond.${errors.response.message === 'tooLong' ? 'tooLong' : 'reasonRequired'}`)}
          {...form.register('response')}
        />
        {respond.isError && !refusedAsChanged && (
          <ErrorAlert
            error={respond.error}
            messages={{ 'permission-denied': t('organisation.respond.denied'), 'not-found': t('organisation.respond.gone') }}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={respond.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={declining ? 'red' : undefined}
            loading={respond.isPending}
            loaderProps={{ 'aria-label': t('organisation.respond.saving') }}
            disabled={changedMeanwhile || refusedAsChanged !== null}
          >
            {t(`organisation.actions.${status}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
