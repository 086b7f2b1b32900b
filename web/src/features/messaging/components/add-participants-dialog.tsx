import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { historyChoices, type Thread } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { candidateQueryOptions } from '../../dossier/api/get-candidate';
import { useMemberList } from '../../region/api/list-members';
import { useAddThreadParticipants } from '../api/add-thread-participants';
import { threadRefusalOf } from '../api/messaging-errors';
import { eligibleMembers } from '../messaging-helpers';
import { ParticipantPicker } from './participant-picker';

const formSchema = z.object({
  uids: z.array(z.string()).min(1, 'required').max(49),
  history: z.enum(historyChoices),
});
type FormValues = z.infer<typeof formSchema>;

/** Adds people to a running thread, with the visible choice of how much history they see. */
export function AddParticipantsDialog({ opened, onClose, thread }: { opened: boolean; onClose: () => void; thread: WithId<Thread> }) {
  const { t } = useTranslation();
  const members = useMemberList(opened ? thread.regionId : null);
  const candidate = useQuery({ ...candidateQueryOptions(thread.candidateId ?? '-'), enabled: opened && thread.candidateId !== null });
  const addParticipants = useAddThreadParticipants(thread.id);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { uids: [], history: 'from_now' } });

  const close = () => {
    addParticipants.reset();
    form.reset();
    onClose();
  };
  const eligible = eligibleMembers(members.data ?? [], {
    candidate: thread.candidateId ? { introducedOrganisationIds: candidate.data?.introducedOrganisationIds ?? [] } : null,
    exclude: thread.participantUids,
  });
  const refusal = threadRefusalOf(addParticipants.error);

  return (
    <Modal opened={opened} onClose={close} title={t('messaging.add.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => addParticipants.mutate({ threadId: thread.id, uids: values.uids, history: values.history }, { onSuccess: close }))}
      >
        <Stack>
          {members.isError && <ErrorAlert error={members.error} />}
          <Controller
            control={form.control}
            name="uids"
            render={({ field, fieldState }) => (
              <ParticipantPicker
                label={t('messaging.add.people')}
                description={thread.candidateId ? t('messaging.start.participantsCandidateHint') : undefined}
                members={eligible}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error ? t('messaging.add.required') : undefined}
              />
            )}
          />
          <Controller
            control={form.control}
            name="history"
            render={({ field }) => (
              <Radio.Group label={t('messaging.add.history')} value={field.value} onChange={field.onChange}>
                <Stack gap="xs" mt="xs">
                  <Radio value="all" label={t('messaging.add.historyAll')} description={t('messaging.add.historyAllHint')} />
                  <Radio value="from_now" label={t('messaging.add.historyFromNow')} description={t('messaging.add.historyFromNowHint')} />
                </Stack>
              </Radio.Group>
            )}
          />
          {addParticipants.isError &&
            (refusal ? (
              <Text c="red" size="sm" role="alert">
                {t(`messaging.refusal.${refusal}`)}
              </Text>
            ) : (
              <ErrorAlert error={addParticipants.error} />
            ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={addParticipants.isPending}>
              {t('messaging.add.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
