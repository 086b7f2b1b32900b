import { candidateStatuses, exitReasons, phases, type Candidate } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { PhaseLabel } from '../../../components/phase-label';
import { daysBetween, useFormat } from '../../../lib/format';
import { useChangeJourney } from '../api/change-journey';
import type { ContactAuthor } from '../api/log-contact';
import classes from './dossier-lists.module.css';

const journeyFormSchema = z
  .object({
    phase: z.enum(phases),
    status: z.enum(candidateStatuses),
    exitReason: z.union([z.enum(exitReasons), z.literal('')]),
    note: z.string().trim().max(500),
  })
  .superRefine((value, context) => {
    if (value.status === 'exited' && !value.exitReason) context.addIssue({ code: 'custom', path: ['exitReason'], message: 'required' });
  });
type JourneyForm = z.input<typeof journeyFormSchema>;

/** Where the candidate stands, and moving them (phase, status, exit reason, optional note). */
export function JourneyCard({ candidate, author }: { candidate: Candidate & { id: string }; author: ContactAuthor }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = useChangeJourney(candidate.id);
  const current = { phase: candidate.phase, status: candidate.status, exitReason: candidate.exitReason ?? '', note: '' } as const;
  const form = useForm<JourneyForm, unknown, z.output<typeof journeyFormSchema>>({
    resolver: zodResolver(journeyFormSchema),
    defaultValues: current,
  });
  const status = useWatch({ control: form.control, name: 'status' });
  const errors = form.formState.errors;

  // Someone else moved the candidate: show the new position unless this person is mid-change.
  const { phase: livePhase, status: liveStatus, exitReason: liveExit } = current;
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ phase: livePhase, status: liveStatus, exitReason: liveExit, note: '' });
  }, [form, livePhase, liveStatus, liveExit]);

  const submit = form.handleSubmit((values) =>
    change.mutate(
      {
        change: {
          phase: values.phase,
          status: values.status,
          exitReason: values.status === 'exited' && values.exitReason ? values.exitReason : null,
          note: values.note,
        },
        author,
      },
      { onSuccess: () => form.reset({ ...values, note: '' }) },
    ),
  );

  return (
    <Stack gap="md">
      <dl className={classes.facts}>
        <dt>{t('dossier.journey.phase')}</dt>
        <dd data-testid="journey-phase">
          <PhaseLabel phase={candidate.phase} />
        </dd>
        <dt>{t('dossier.journey.status')}</dt>
        <dd data-testid="journey-status">{t(`vocab.status.${candidate.status}`)}</dd>
        <dt>{t('dossier.journey.since')}</dt>
        <dd>
          {format.date(candidate.phaseSince)} · {t('dossier.journey.days', { count: daysBetween(candidate.phaseSince, new Date()) })}
        </dd>
        {candidate.status === 'exited' && (
          <>
            <dt>{t('dossier.journey.exitReason')}</dt>
            <dd>{candidate.exitReason ? t(`vocab.exitReason.${candidate.exitReason}`) : t('common.none')}</dd>
          </>
        )}
        <dt>{t('dossier.journey.lastContact')}</dt>
        <dd data-testid="last-contact">{candidate.lastContactAt ? format.dateTime(candidate.lastContactAt) : t('common.neverContacted')}</dd>
      </dl>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('dossier.journey.change')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('dossier.journey.newPhase')}
              data={phases.map((value) => ({ value, label: t(`vocab.phase.${value}`) }))}
              {...form.register('phase')}
            />
            <NativeSelect
              label={t('dossier.journey.newStatus')}
              data={candidateStatuses.map((value) => ({ value, label: t(`vocab.status.${value}`) }))}
              {...form.register('status')}
            />
          </SimpleGrid>
          {status === 'exited' && (
            <NativeSelect
              label={t('dossier.journey.exitReason')}
              required
              data={[{ value: '', label: t('common.none') }, ...exitReasons.map((value) => ({ value, label: t(`vocab.exitReason.${value}`) }))]}
              error={errors.exitReason && t('validation.required')}
              {...form.register('exitReason')}
            />
          )}
          <Textarea label={t('dossier.journey.note')} description={t('dossier.journey.noteHint')} autosize minRows={1} {...form.register('note')} />
          {change.isError && <ErrorAlert error={change.error} />}
          <Group>
            <Button type="submit" variant="light" loading={change.isPending}>
              {t('dossier.journey.submit')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('dossier.journey.auditHint')}
          </Text>
        </Stack>
      </form>
    </Stack>
  );
}
