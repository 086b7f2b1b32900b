import { postcodeSchema, sectors, shortTextSchema, urlSchema, type Organisation } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EditConflictAlert } from '../../../components/edit-conflict-alert';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { organisationDetailsSchema, useUpdateOrganisation } from '../api/update-organisation';

/** An optional text as typed: empty means none. */
const optional = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(schema.nullable());

/** The form as typed; a website without scheme gets https://, as people usually mean. */
const detailsFormSchema = organisationDetailsSchema.extend({
  address: optional(shortTextSchema),
  postcode: optional(postcodeSchema),
  place: optional(shortTextSchema),
  website: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : /^https?:\/\//i.test(value) ? value : `https://${value}`))
    .pipe(urlSchema.nullable()),
  sectors: z.array(z.string()).pipe(z.array(z.enum(sectors))),
});
type DetailsFormValues = z.input<typeof detailsFormSchema>;

function valuesOf(organisation: Organisation): DetailsFormValues {
  return {
    name: organisation.name,
    address: organisation.address ?? '',
    postcode: organisation.postcode ?? '',
    place: organisation.place ?? '',
    website: organisation.website ?? '',
    sectors: organisation.sectors,
  };
}

interface OrganisationDetailsDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  /** The organisation as it was when the person chose to edit it. */
  organisation: WithId<Organisation>;
}

/** Name, address, website and sectors of the person's own organisation; never its type. */
export function OrganisationDetailsDialog({ opened, onClose, ...props }: OrganisationDetailsDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={onClose} title={t('organisation.details.editTitle')} fullScreen={phone} size="lg">
      {opened && <DetailsForm onClose={onClose} {...props} />}
    </Modal>
  );
}

function DetailsForm({ regionId, organisation, onClose }: Omit<OrganisationDetailsDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const { user } = useSession();
  const update = useUpdateOrganisation();
  // The version this form edits; moves on only when the person chooses after a conflict.
  const [baseUpdatedAt, setBaseUpdatedAt] = useState<Date | null>(organisation.updatedAt ?? null);
  const [conflict, setConflict] = useState<WithId<Organisation> | null>(null);
  const form = useForm<DetailsFormValues, unknown, z.output<typeof detailsFormSchema>>({
    resolver: zodResolver(detailsFormSchema),
    defaultValues: valuesOf(organisation),
  });
  const errors = form.formState.errors;

  const save = (base: Date | null) =>
    form.handleSubmit(async (details) => {
      const result = await update
        .mutateAsync({ regionId, organisationId: organisation.id, uid: user.uid, baseUpdatedAt: base, details })
        .catch(() => null);
      if (!result) return;
      if (result.outcome === 'conflict') {
        setConflict(result.current);
        return;
      }
      notifications.show({ color: 'green', message: t('organisation.details.saved') });
      onClose();
    });

  const overwrite = () => {
    if (!conflict) return;
    const base = conflict.updatedAt ?? null;
    setBaseUpdatedAt(base);
    setConflict(null);
    void save(base)();
  };
  const loadTheirs = () => {
    if (!conflict) return;
    setBaseUpdatedAt(conflict.updatedAt ?? null);
    form.reset(valuesOf(conflict));
    setConflict(null);
  };

  return (
    <form onSubmit={(event) => void save(baseUpdatedAt)(event)} noValidate>
      <Stack>
        <TextInput
          label={t('organisation.details.name')}
          required
          autoComplete="organization"
          error={errors.name && t('validation.required')}
          {...form.register('name')}
        />
        <TextInput
          label={t('organisation.details.address')}
          autoComplete="street-address"
          error={errors.address && t('organisation.details.tooLong')}
          {...form.register('address')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organisation.details.postcode')}
            autoComplete="postal-code"
            error={errors.postcode && t('organisation.details.postcodeInvalid')}
            {...form.register('postcode')}
          />
          <TextInput
            label={t('organisation.details.place')}
            autoComplete="address-level2"
            error={errors.place && t('organisation.details.tooLong')}
            {...form.register('place')}
          />
        </SimpleGrid>
        <TextInput
          label={t('organisation.details.website')}
          type="url"
          autoComplete="url"
          placeholder="https://"
          error={errors.website && t('organisation.details.websiteInvalid')}
          {...form.register('website')}
        />
        <Controller
          control={form.control}
          name="sectors"
          render={({ field }) => (
            <Checkbox.Group label={t('organisation.details.sectors')} value={field.value} onChange={field.onChange}>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
                {sectors.map((sector) => (
                  <Checkbox key={sector} value={sector} label={t(`vocab.sector.${sector}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Text size="sm" c="dimmed">
          {t('organisation.details.typeNote', { type: t(`vocab.organisationType.${organisation.type}`) })}
        </Text>
        {conflict && (
          <EditConflictAlert
            title={t('organisation.conflict.title')}
            body={t('organisation.conflict.body')}
            overwriteLabel={t('organisation.conflict.overwrite')}
            loadTheirsLabel={t('organisation.conflict.loadTheirs')}
            onOverwrite={overwrite}
            onLoadTheirs={loadTheirs}
          />
        )}
        {update.isError && <ErrorAlert error={update.error} messages={{ 'not-found': t('organisation.details.gone') }} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} loaderProps={{ 'aria-label': t('organisation.details.saving') }}>
            {t('organisation.details.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
