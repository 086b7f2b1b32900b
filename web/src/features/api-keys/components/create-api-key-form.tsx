import { Button, Group, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { createApiKeyInputSchema, useCreateApiKey } from '../api/create-api-key';
import { NewApiKeyDialog } from './new-api-key-dialog';

/** The form edits the name only; the region comes from the page. */
const nameFormSchema = createApiKeyInputSchema.pick({ name: true });
type NameForm = z.input<typeof nameFormSchema>;

/** Names a new key, creates it and shows it, once, in a dialog. */
export function CreateApiKeyForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);
  const form = useForm<NameForm, unknown, z.output<typeof nameFormSchema>>({
    resolver: zodResolver(nameFormSchema),
    defaultValues: { name: '' },
  });
  const submit = form.handleSubmit(({ name }) =>
    create.mutate(
      { regionId, name },
      {
        onSuccess: (created) => {
          setShown({ name, key: created.key });
          form.reset();
        },
      },
    ),
  );
  const closeDialog = () => {
    setShown(null);
    create.reset();
  };
  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('apiKeys.create.name')}
            description={t('apiKeys.create.nameHint')}
            autoComplete="off"
            required
            maxLength={80}
            error={form.formState.errors.name && t('validation.required')}
            {...form.register('name')}
          />
          {create.isError && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} loaderProps={{ 'aria-label': t('apiKeys.create.submitting') }}>
              {t('apiKeys.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <NewApiKeyDialog shown={shown} onClose={closeDialog} />
    </>
  );
}
