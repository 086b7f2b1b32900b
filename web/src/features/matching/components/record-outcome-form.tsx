import { closedMatchStatuses, type Match, type MatchStatus } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { WithId } from '../../../lib/firestore';
import { adviserOutcomeStatuses, useUpdateMatchStatus, type AdviserOutcomeStatus } from '../api/update-match-status';
import { MatchErrorAlert } from './match-error-alert';

/** Outcomes that fit the kind of match: a school hires, an institute enrols. */
export function outcomesFor(match: Match): AdviserOutcomeStatus[] {
  const notHere: readonly AdviserOutcomeStatus[] = match.targetKind === 'school' ? ['enrolled'] : ['contract', 'suitability_assessment'];
  return adviserOutcomeStatuses.filter((status) => !notHere.includes(status) && status !== match.status);
}

export function isClosedMatch(status: MatchStatus): boolean {
  return (closedMatchStatuses as readonly MatchStatus[]).includes(status);
}

function localDateTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const outcomeFormSchema = z
  .object({
    status: z.enum(adviserOutcomeStatuses),
    plannedAt: z.string(),
    note: z.string().trim().max(500),
  })
  .refine((values) => values.status !== 'interview_planned' || !Number.isNaN(new Date(values.plannedAt).getTime()), {
    path: ['plannedAt'],
    message: 'planned',
  })
  .refine((values) => values.status !== 'declined' || values.note.length > 0, { path: ['note'], message: 'reason' });
type OutcomeFormValues = z.input<typeof outcomeFormSchema>;

interface RecordOutcomeFormProps {
  regionId: string;
  match: WithId<Match>;
  onDone: () => void;
}

/**
 * Records the next step of a match. The status the adviser saw when opening the form goes
 * along as `expectedStatus`, so a change by someone else meanwhile is refused, not overwritten.
 */
export function RecordOutcomeForm({ regionId, match, onDone }: RecordOutcomeFormProps) {
  const { t } = useTranslation();
  const update = useUpdateMatchStatus();
  // The status this form was filled against; moves on only when the person starts again.
  const [expectedStatus, setExpectedStatus] = useState<MatchStatus>(match.status);
  const options = outcomesFor({ ...match, status: expectedStatus });
  const form = useForm<OutcomeFormValues, unknown, z.output<typeof outcomeFormSchema>>({
    resolver: zodResolver(outcomeFormSchema),
    defaultValues: {
      status: options[0] ?? 'withdrawn',
      plannedAt: match.plannedAt ? localDateTime(match.plannedAt) : '',
      note: '',
    },
  });
  const errors = form.formState.errors;
  const status = useWatch({ control: form.control, name: 'status' });
  const changedMeanwhile = match.status !== expectedStatus;

  const submit = form.handleSubmit((values) =>
    update.mutate(
      {
        regionId,
        matchId: match.id,
        status: values.status,
        expectedStatus,
        note: values.note || null,
        plannedAt: values.status === 'interview_planned' ? new Date(values.plannedAt).toISOString() : null,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('matching.outcome.saved', { status: t(`vocab.matchStatus.${values.status}`) }) });
          onDone();
        },
      },
    ),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('matching.outcome.formLabel', { target: match.organisationName })}>
      <Stack gap="sm">
        {changedMeanwhile && (
          <Alert color="orange" variant="light" role="alert" title={t('matching.refusals.changed.title')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('matching.outcome.changedNow', { status: t(`vocab.matchStatus.${match.status}`) })}
              </Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  update.reset();
                  setExpectedStatus(match.status);
                }}
              >
                {t('matching.outcome.continueFromNew')}
              </Button>
            </Stack>
          </Alert>
        )}
        <NativeSelect
          label={t('matching.outcome.status')}
          data={options.map((value) => ({ value, label: t(`vocab.matchStatus.${value}`) }))}
          data-autofocus
          {...form.register('status')}
        />
        {status === 'interview_planned' && (
          <TextInput
            label={t('matching.outcome.plannedAt')}
            type="datetime-local"
            required
            error={errors.plannedAt && t('matching.outcome.plannedAtRequired')}
            {...form.register('plannedAt')}
          />
        )}
        <Textarea
          label={status === 'declined' ? t('matching.outcome.reason') : t('matching.outcome.note')}
          required={status === 'declined'}
          autosize
          minRows={2}
          maxLength={500}
          error={errors.note && t('matching.outcome.reasonRequired')}
          {...form.register('note')}
        />
        {update.isError && <MatchErrorAlert error={update.error} />}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={update.isPending} disabled={changedMeanwhile}>
            {t('matching.outcome.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
