import { activityKinds } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { activityFormSchema, type ActivityFormValues, type ActivityInput } from '../api/activity-input';

interface ActivityFormProps {
  defaultValues: ActivityFormValues;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: ActivityInput) => void;
  onCancel: () => void;
  /** Shown above the buttons: a save error or a conflict with what to do about it. */
  feedback?: ReactNode;
}

/**
 * Creates or edits an activity. Times are entered as Amsterdam time with the browser's own
 * date-time control (accessible and localised without a date library); every mistake is
 * shown at once and nothing is written until all are fixed.
 */
export function ActivityForm({ defaultValues, submitLabel, pending, onSubmit, onCancel, feedback }: ActivityFormProps) {
  const { t } = useTranslation();
  const form = useForm<ActivityFormValues, unknown, z.output<typeof activityFormSchema>>({ resolver: zodResolver(activityFormSchema), defaultValues });
  const errors = form.formState.errors;
  const dateError = (error: FieldError | undefined) =>
    error && (error.message === 'endBeforeStart' ? t('activities.form.endBeforeStart') : t('activities.form.dateInvalid'));

  const submit = form.handleSubmit((values) => onSubmit(values));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={submitLabel}>
      <Stack>
        <NativeSelect
          label={t('activities.fields.kind')}
          required
          data={activityKinds.map((kind) => ({ value: kind, label: t(`vocab.activityKind.${kind}`) }))}
          {...form.register('kind')}
        />
        <TextInput label={t('activities.fields.title')} required autoComplete="off" error={errors.title && t('validation.required')} {...form.register('title')} />
        <Textarea
          label={t('activities.fields.description')}
          description={t('activities.form.descriptionHint')}
          autosize
          minRows={3}
          maxRows={12}
          error={errors.description && t('activities.form.tooLong')}
          {...form.register('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('activities.fields.startsAt')}
            description={t('activities.form.timeZoneHint')}
            type="datetime-local"
            required
            error={dateError(errors.startsAt)}
            {...form.register('startsAt')}
          />
          <TextInput
            label={t('activities.fields.endsAt')}
            description={t('activities.form.timeZoneHint')}
            type="datetime-local"
            required
            error={dateError(errors.endsAt)}
            {...form.register('endsAt')}
          />
        </SimpleGrid>
        <TextInput
          label={t('activities.fields.location')}
          description={t('activities.form.locationHint')}
          autoComplete="off"
          error={errors.location && t('activities.form.tooLong')}
          {...form.register('location')}
        />
        <Checkbox label={t('activities.fields.online')} {...form.register('online')} />
        <TextInput
          label={t('activities.fields.capacity')}
          description={t('activities.form.capacityHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={10_000}
          step={1}
          maw={240}
          error={errors.capacity && t('activities.form.capacityInvalid')}
          {...form.register('capacity')}
        />
        <Checkbox label={t('activities.fields.crossRegional')} description={t('activities.form.crossRegionalHint')} {...form.register('crossRegional')} />
        <Checkbox label={t('activities.fields.published')} description={t('activities.form.publishedHint')} {...form.register('published')} />
        {feedback}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} loaderProps={{ 'aria-label': t('activities.form.saving') }}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
