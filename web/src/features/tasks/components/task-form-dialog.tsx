import { idSchema, type Member } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { useMemberList } from '../../region/api/list-members';
import { createTaskInputSchema, useCreateTask } from '../api/create-task';
import { todayIso } from '../api/task-converter';
import { CandidateSelect } from './candidate-select';

/** The form's flat shape: the candidate is picked (or prefilled) and may stay empty. */
const taskFormSchema = createTaskInputSchema.extend({
  candidateId: z.string().trim().pipe(idSchema.or(z.literal(''))),
});
type TaskFormValues = z.input<typeof taskFormSchema>;

export interface TaskPrefill {
  candidateId: string;
  candidateName: string | null;
}

interface TaskFormDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  prefill: TaskPrefill | null;
}

/** Assigns a next step to a coordinator or adviser of the region, with a due date. */
export function TaskFormDialog({ opened, onClose, regionId, prefill }: TaskFormDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title={t('tasks.form.title')} fullScreen={phone} size="md">
      {opened && <TaskFormLoader regionId={regionId} prefill={prefill} onClose={onClose} />}
    </Modal>
  );
}

interface TaskFormProps {
  regionId: string;
  prefill: TaskPrefill | null;
  onClose: () => void;
}

/** The assignee select needs its options before the form sets its default. */
function TaskFormLoader(props: TaskFormProps) {
  const members = useMemberList(props.regionId);
  if (members.isPending) return <PageLoader />;
  if (members.isError) return <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />;
  return <TaskForm {...props} members={members.data} />;
}

function TaskForm({ regionId, prefill, onClose, members }: TaskFormProps & { members: WithId<Member>[] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const create = useCreateTask();
  const staff = members.filter((member) => member.role === 'coordinator' || member.role === 'adviser');
  const form = useForm<TaskFormValues, unknown, z.output<typeof taskFormSchema>>({
    resolver: zodResolver(taskFormSchema),
    defaultValues: { title: '', assigneeUid: user.uid, dueDate: todayIso(), candidateId: prefill?.candidateId ?? '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit((values) =>
    create.mutate(
      { regionId, uid: user.uid, input: { ...values, candidateId: values.candidateId || null } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('tasks.form.created', { title: values.title }) });
          onClose();
        },
      },
    ),
  );

  const assigneeOptions = staff.some((member) => member.uid === user.uid)
    ? staff
    : [{ uid: user.uid, displayName: user.displayName ?? user.email ?? user.uid, email: user.email ?? '' }, ...staff];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <TextInput label={t('tasks.form.taskTitle')} required autoComplete="off" error={errors.title && t('validation.required')} {...form.register('title')} />
        <NativeSelect
          label={t('tasks.form.assignee')}
          required
          data={assigneeOptions.map((member) => ({ value: member.uid, label: member.displayName || member.email }))}
          error={errors.assigneeUid && t('validation.required')}
          {...form.register('assigneeUid')}
        />
        <TextInput label={t('tasks.form.dueDate')} type="date" required error={errors.dueDate && t('tasks.form.dueDateInvalid')} {...form.register('dueDate')} />
        <Controller
          control={form.control}
          name="candidateId"
          render={({ field }) => (
            <CandidateSelect
              regionId={regionId}
              label={t('tasks.form.candidate')}
              value={field.value}
              onChange={field.onChange}
              initial={prefill ? { value: prefill.candidateId, label: prefill.candidateName ?? prefill.candidateId } : null}
              error={errors.candidateId && t('tasks.form.candidateInvalid')}
            />
          )}
        />
        {create.isError && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} loaderProps={{ 'aria-label': t('tasks.form.submitting') }}>
            {t('tasks.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
