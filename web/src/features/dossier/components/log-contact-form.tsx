import { memo } from 'react';
import { interactionKinds, interactionSchema } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { useLogContact, type ContactAuthor } from '../api/log-contact';

function localDateTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The form's flat shape (inputs hold text), parsed into the interaction's own schema. */
const contactFormSchema = z.object({
  kind: interactionSchema.shape.kind,
  summary: interactionSchema.shape.summary,
  notes: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(interactionSchema.shape.notes),
  performedAt: z
    .string()
    .min(1)
    .transform((value) => new Date(value))
    .pipe(interactionSchema.shape.performedAt.refine((date) => !Number.isNaN(date.getTime()))),
  durationMinutes: z
    .string()
    .trim()
    .transform((value) => (value ? Number(value) : null))
    .pipe(interactionSchema.shape.durationMinutes),
});
type ContactForm = z.input<typeof contactFormSchema>;

/** "Contact vastleggen": adds a contact to the shared history and updates the last contact. */
export const LogContactForm = memo(
  LogContactFormView,
  (before, after) =>
    before.candidateId === after.candidateId &&
    before.author.uid === after.author.uid &&
    before.author.name === after.author.name &&
    before.author.regionId === after.author.regionId &&
    before.lastContactAt?.getTime() === after.lastContactAt?.getTime(),
);

function LogContactFormView({
  candidateId,
  author,
  lastContactAt,
}: {
  candidateId: string;
  author: ContactAuthor;
  lastContactAt: Date | null;
}) {
  const { t } = useTranslation();
  const log = useLogContact(candidateId);
  const defaults = (): ContactForm => ({ kind: 'phone', summary: '', notes: '', performedAt: localDateTime(new Date()), durationMinutes: '' });
  const form = useForm<ContactForm, unknown, z.output<typeof contactFormSchema>>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: defaults(),
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit((values) =>
    log.mutate(
      { input: values, author, lastContactAt },
      {
        onSuccess: () => form.reset(defaults()),
      },
    ),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('dossier.contact.title')}>
      <Stack gap="sm">
        <Stack gap="sm">
          <NativeSelect
            label={t('dossier.contact.kind')}
            required
            data={interactionKinds.map((value) => ({ value, label: t(`vocab.interactionKind.${value}`) }))}
            {...form.register('kind')}
          />
          <TextInput
            label={t('dossier.contact.performedAt')}
            type="datetime-local"
            required
            error={errors.performedAt && t('validation.required')}
            {...form.register('performedAt')}
          />
        </Stack>
        <TextInput
          label={t('dossier.contact.summary')}
          required
          maxLength={500}
          error={errors.summary && t('validation.required')}
          {...form.register('summary')}
        />
        <Textarea label={t('dossier.contact.notes')} autosize minRows={2} error={errors.notes && t('dossier.field.invalid')} {...form.register('notes')} />
        <TextInput
          label={t('dossier.contact.duration')}
          inputMode="numeric"
          maw={200}
          error={errors.durationMinutes && t('dossier.contact.durationInvalid')}
          {...form.register('durationMinutes')}
        />
        {log.isError && <ErrorAlert error={log.error} />}
        {log.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {t('dossier.contact.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={log.isPending}>
            {t('dossier.contact.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
