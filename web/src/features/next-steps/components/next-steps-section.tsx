import type { NextStep } from '@koers/domain';
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { useCreateNextStep } from '../api/create-next-step';
import { useDeleteNextStep, type DeleteNextStep } from '../api/delete-next-step';
import { nextStepLimit, useNextSteps } from '../api/list-next-steps';
import { formValuesOf } from '../api/next-step-input';
import { useReorderNextSteps } from '../api/reorder-next-steps';
import { NextStepForm } from './next-step-form';
import { NextStepItem } from './next-step-item';

interface NextStepsSectionProps {
  candidateId: string;
  /** The candidate's own account (null before they signed in). */
  candidateUid: string | null;
  uid: string;
}

/** "Volgende stappen voor de kandidaat": the checklist the candidate sees and ticks off. */
export function NextStepsSection({ candidateId, candidateUid, uid }: NextStepsSectionProps) {
  const { t } = useTranslation();
  const steps = useNextSteps(candidateId);
  return (
    <SectionCard
      id="dossier-next-steps"
      title={t('nextSteps.title')}
      actions={
        <Text size="sm" c="dimmed">
          {t('nextSteps.intro')}
        </Text>
      }
    >
      {steps.isPending ? (
        <PageLoader />
      ) : steps.isError ? (
        <ErrorAlert error={steps.error} onRetry={() => void steps.refetch()} />
      ) : (
        <StepList steps={steps.data} candidateId={candidateId} candidateUid={candidateUid} uid={uid} />
      )}
    </SectionCard>
  );
}

function StepList({ steps, candidateId, candidateUid, uid }: NextStepsSectionProps & { steps: WithId<NextStep>[] }) {
  const { t } = useTranslation();
  const create = useCreateNextStep(candidateId);
  const reorder = useReorderNextSteps(candidateId);
  const remove = useDeleteNextStep(candidateId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WithId<NextStep> | null>(null);
  const nextOrder = steps.reduce((max, step) => Math.max(max, step.order + 1), 0);
  const places = steps.map((step) => ({ id: step.id, order: step.order }));

  return (
    <Stack gap="md">
      {steps.length === 0 ? (
        <EmptyState>{t('nextSteps.empty')}</EmptyState>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('nextSteps.listLabel')}>
          {steps.map((step, index) => (
            <NextStepItem
              key={step.id}
              step={step}
              candidateId={candidateId}
              candidateUid={candidateUid}
              uid={uid}
              editing={editingId === step.id}
              onEdit={(editing) => setEditingId(editing ? step.id : null)}
              canMoveUp={index > 0}
              canMoveDown={index < steps.length - 1}
              moving={reorder.isPending}
              onMove={(direction) => reorder.mutate({ candidateId, uid, steps: places, from: index, to: index + direction })}
              onDelete={() => setDeleting(step)}
            />
          ))}
        </Stack>
      )}
      {steps.length >= nextStepLimit && (
        <Text size="sm" c="dimmed" role="note">
          {t('nextSteps.capped', { count: nextStepLimit })}
        </Text>
      )}
      {reorder.isError && <ErrorAlert error={reorder.error} />}
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('nextSteps.addTitle')}
        </Title>
        <NextStepForm
          label={t('nextSteps.addTitle')}
          initial={formValuesOf(null)}
          submitLabel={t('nextSteps.add')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(input, reset) =>
            create.mutate(
              { candidateId, uid, input, order: nextOrder },
              {
                onSuccess: () => {
                  reset(formValuesOf(null));
                  notifications.show({ color: 'green', message: t('nextSteps.added', { title: input.title }) });
                },
              },
            )
          }
        />
      </Stack>
      <ConfirmDeleteDialog<DeleteNextStep>
        opened={deleting !== null}
        title={t('nextSteps.deleteDialog.title')}
        body={t('nextSteps.deleteDialog.body', { title: deleting?.title ?? '' })}
        confirmLabel={t('nextSteps.delete')}
        remove={remove}
        variables={deleting ? { candidateId, stepId: deleting.id } : null}
        onDeleted={() => undefined}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
