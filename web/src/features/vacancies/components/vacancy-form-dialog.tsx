import { isoDateSchema, sectors, subjects, vacancySchema, type Vacancy } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
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
import { useCreateVacancy, vacancyInputSchema } from '../api/create-vacancy';
import { useUpdateVacancy } from '../api/update-vacancy';

/** The form as typed: select and number inputs hand over strings, an empty date means none. */
const vacancyFormSchema = vacancyInputSchema.extend({
  sector: z.string().pipe(z.enum(sectors)),
  subjects: z.array(z.string()).pipe(z.array(z.enum(subjects))),
  hoursPerWeek: z
    .union([z.number(), z.string()])
    .transform((value) => (value === '' ? Number.NaN : Number(value)))
    .pipe(vacancySchema.shape.hoursPerWeek),
  closingDate: z
    .string()
    .trim()
    .pipe(isoDateSchema.or(z.literal('')))
    .transform((value) => value || null),
});
type VacancyFormValues = z.input<typeof vacancyFormSchema>;

function valuesOf(vacancy: WithId<Vacancy> | null): VacancyFormValues {
  return {
    title: vacancy?.title ?? '',
    sector: vacancy?.sector ?? '',
    subjects: vacancy?.subjects ?? [],
    hoursPerWeek: vacancy?.hoursPerWeek ?? '',
    lateralEntry: vacancy?.lateralEntry ?? false,
    closingDate: vacancy?.closingDate ?? '',
    description: vacancy?.description ?? '',
  };
}

interface VacancyFormDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  organisationId: string;
  /** The vacancy to edit, as it was when the person chose to edit it; null for a new one. */
  vacancy: WithId<Vacancy> | null;
}

/** Adds a vacancy (as a draft) or edits one, never overwriting someone else's save unseen. */
export function VacancyFormDialog({ opened, onClose, vacancy, ...props }: VacancyFormDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={vacancy ? t('vacancies.form.editTitle') : t('vacancies.form.createTitle')}
      fullScreen={phone}
      size="lg"
    >
      {opened && <VacancyForm key={vacancy?.id ?? 'new'} vacancy={vacancy} onClose={onClose} {...props} />}
    </Modal>
  );
}

function VacancyForm({ regionId, organisationId, vacancy, onClose }: Omit<VacancyFormDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const { user } = useSession();
  const create = useCreateVacancy();
  const update = useUpdateVacancy();
  // The version this form edits; moves on only when the person chooses after a conflict.
  const [baseUpdatedAt, setBaseUpdatedAt] = useState<Date | null>(vacancy?.updatedAt ?? null);
  const [conflict, setConflict] = useState<WithId<Vacancy> | null>(null);
  const form = useForm<VacancyFormValues, unknown, z.output<typeof vacancyFormSchema>>({
    resolver: zodResolver(vacancyFormSchema),
    defaultValues: valuesOf(vacancy),
  });
  const errors = form.formState.errors;
  const mutation = vacancy ? update : create;

  const save = (base: Date | null) =>
    form.handleSubmit(async (input) => {
      const done = () => {
        notifications.show({ color: 'green', message: t('vacancies.form.saved', { title: input.title }) });
        onClose();
      };
      if (!vacancy) {
        await create.mutateAsync({ regionId, organisationId, uid: user.uid, input }).then(done, () => undefined);
        return;
      }
      const result = await update.mutateAsync({ regionId, vacancyId: vacancy.id, uid: user.uid, baseUpdatedAt: base, input }).catch(() => null);
      if (!result) return;
      if (result.outcome === 'conflict') setConflict(result.current);
      else done();
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
          label={t('vacancies.fields.title')}
          required
          autoComplete="off"
          error={errors.title && t('validation.required')}
          {...form.register('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('vacancies.fields.sector')}
            required
            data={[
              { value: '', label: t('vacancies.form.chooseSector'), disabled: true },
              ...sectors.map((sector) => ({ value: sector, label: t(`vocab.sector.${sector}`) })),
            ]}
            error={errors.sector && t('vacancies.form.sectorInvalid')}
            {...form.register('sector')}
          />
          <Controller
            control={form.control}
            name="hoursPerWeek"
            render={({ field }) => (
              <NumberInput
                label={t('vacancies.fields.hoursPerWeek')}
                required
                min={1}
                max={40}
                decimalScale={1}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={errors.hoursPerWeek && t('vacancies.form.hoursInvalid')}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="subjects"
          render={({ field }) => (
            <MultiSelect
              label={t('vacancies.fields.subjects')}
              data={subjects.map((subject) => ({ value: subject, label: t(`vocab.subject.${subject}`) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              searchable
              clearable
              error={errors.subjects && t('vacancies.form.subjectsInvalid')}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('vacancies.fields.closingDate')}
            type="date"
            description={t('vacancies.form.closingDateHint')}
            error={errors.closingDate && t('vacancies.form.closingDateInvalid')}
            {...form.register('closingDate')}
          />
          <Checkbox mt={{ base: 0, sm: 'xl' }} label={t('vacancies.fields.lateralEntry')} {...form.register('lateralEntry')} />
        </SimpleGrid>
        <Textarea
          label={t('vacancies.fields.description')}
          autosize
          minRows={4}
          maxRows={12}
          error={errors.description && t('vacancies.form.descriptionInvalid')}
          {...form.register('description')}
        />
        {conflict && (
          <EditConflictAlert
            title={t('vacancies.conflict.title')}
            body={t('vacancies.conflict.body')}
            overwriteLabel={t('vacancies.conflict.overwrite')}
            loadTheirsLabel={t('vacancies.conflict.loadTheirs')}
            onOverwrite={overwrite}
            onLoadTheirs={loadTheirs}
          />
        )}
        {mutation.isError && <ErrorAlert error={mutation.error} messages={{ 'not-found': t('vacancies.form.gone') }} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} loaderProps={{ 'aria-label': t('vacancies.form.saving') }}>
            {vacancy ? t('vacancies.form.save') : t('vacancies.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
