import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm, type UseFormReset } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { nextStepFormSchema, type NextStepFormValues, type NextStepInput } from '../api/next-step-input';

interface NextStepFormProps {
  /** The form's accessible name. */
  label: string;
  initial: NextStepFormValues;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  /** Called with the parsed step; `reset` empties the form after a successful add. */
  onSubmit: (input: NextStepInput, reset: UseFormReset<NextStepFormValues>) => void;
  onCancel?: () => void;
}

/**
 * Title, optional detail and optional due date of a step. The form keeps what was typed until
 * the caller says the save succeeded, so a refused or failed write loses nothing.
 */
export function NextStepForm({ label, initial, submitLabel, pending, error, onSubmit, onCancel }: NextStepFormProps) {
  const { t } = useTranslation();
  const form = useForm<NextStepFormValues, unknown, z.output<typeof nextStepFormSchema>>({
    resolver: zodResolver(nextStepFormSchema),
    defaultValues: initial,
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit((values) => onSubmit(values, form.reset));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={label}>
      <Stack gap="sm">
        <TextInput
          label={t('nextSteps.fields.title')}
          required
          autoComplete="off"
          maxLength={200}
          error={errors.title && t('nextSteps.validation.title')}
          {...form.register('title')}
        />
        <Textarea
          label={t('nextSteps.fields.detail')}
          autosize
          minRows={2}
          maxLength={500}
          error={errors.detail && t('nextSteps.validation.detail')}
          {...form.register('detail')}
        />
        <TextInput label={t('nextSteps.fields.dueDate')} type="date" error={errors.dueDate && t('nextSteps.validation.dueDate')} {...form.register('dueDate')} />
        {error && <ErrorAlert error={error} />}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={pending}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending} loaderProps={{ 'aria-label': t('nextSteps.saving') }}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
