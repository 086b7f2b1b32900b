import { isoDateSchema, programmeSchema, programmeTypes, sectors, subjects, type Programme } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EditConflictAlert } from '../../../components/edit-conflict-alert';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { programmeInputSchema, useCreateProgramme } from '../api/create-programme';
import { useUpdateProgramme } from '../api/update-programme';

/** The form as typed: one row per start date (empty rows are dropped), numbers as typed. */
const programmeFormSchema = programmeInputSchema.extend({
  type: z.string().pipe(z.enum(programmeTypes)),
  sectors: z.array(z.string()).pipe(z.array(z.enum(sectors))),
  subjects: z.array(z.string()).pipe(z.array(z.enum(subjects))),
  startDates: z
    .array(z.object({ value: z.string().trim().pipe(isoDateSchema.or(z.literal(''))) }))
    .transform((rows) => rows.map((row) => row.value).filter(Boolean)),
  durationMonths: z
    .union([z.number(), z.string()])
    .transform((value) => (value === '' ? null : Number(value)))
    .pipe(programmeSchema.shape.durationMonths),
});
type ProgrammeFormValues = z.input<typeof programmeFormSchema>;

function valuesOf(programme: WithId<Programme> | null): ProgrammeFormValues {
  const startDates = programme?.startDates ?? [];
  return {
    name: programme?.name ?? '',
    type: programme?.type ?? '',
    sectors: programme?.sectors ?? [],
    subjects: programme?.subjects ?? [],
    startDates: (startDates.length > 0 ? startDates : ['']).map((value) => ({ value })),
    durationMonths: programme?.durationMonths ?? '',
    admission: programme?.admission ?? '',
  };
}

interface ProgrammeFormDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  organisationId: string;
  /** The programme to edit, as it was when the person chose to edit it; null for a new one. */
  programme: WithId<Programme> | null;
}

/** Adds a programme (as a draft) or edits one, never overwriting someone else's save unseen. */
export function ProgrammeFormDialog({ opened, onClose, programme, ...props }: ProgrammeFormDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={programme ? t('programmes.form.editTitle') : t('programmes.form.createTitle')}
      fullScreen={phone}
      size="lg"
    >
      {opened && <ProgrammeForm key={programme?.id ?? 'new'} programme={programme} onClose={onClose} {...props} />}
    </Modal>
  );
}

function ProgrammeForm({ regionId, organisationId, programme, onClose }: Omit<ProgrammeFormDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const { user } = useSession();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  // The version this form edits; moves on only when the person chooses after a conflict.
  const [baseUpdatedAt, setBaseUpdatedAt] = useState<Date | null>(programme?.updatedAt ?? null);
  const [conflict, setConflict] = useState<WithId<Programme> | null>(null);
  const form = useForm<ProgrammeFormValues, unknown, z.output<typeof programmeFormSchema>>({
    resolver: zodResolver(programmeFormSchema),
    defaultValues: valuesOf(programme),
  });
  const startDates = useFieldArray({ control: form.control, name: 'startDates' });
  const startDatesLabel = useId();
  const errors = form.formState.errors;
  const mutation = programme ? update : create;

  const save = (base: Date | null) =>
    form.handleSubmit(async (input) => {
      const done = () => {
        notifications.show({ color: 'green', message: t('programmes.form.saved', { name: input.name }) });
        onClose();
      };
      if (!programme) {
        await create.mutateAsync({ regionId, organisationId, uid: user.uid, input }).then(done, () => undefined);
        return;
      }
      const result = await update
        .mutateAsync({ regionId, programmeId: programme.id, uid: user.uid, baseUpdatedAt: base, input })
        .catch(() => null);
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
        <TextInput label={t('programmes.fields.name')} required autoComplete="off" error={errors.name && t('validation.required')} {...form.register('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('programmes.fields.type')}
            required
            data={[
              { value: '', label: t('programmes.form.chooseType'), disabled: true },
              ...programmeTypes.map((type) => ({ value: type, label: t(`vocab.programmeType.${type}`) })),
            ]}
            error={errors.type && t('programmes.form.typeInvalid')}
            {...form.register('type')}
          />
          <Controller
            control={form.control}
            name="durationMonths"
            render={({ field }) => (
              <NumberInput
                label={t('programmes.fields.durationMonths')}
                min={1}
                max={72}
                allowDecimal={false}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={errors.durationMonths && t('programmes.form.durationInvalid')}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="sectors"
          render={({ field }) => (
            <Checkbox.Group
              label={t('programmes.fields.sectors')}
              value={field.value}
              onChange={field.onChange}
              error={errors.sectors && t('programmes.form.sectorsInvalid')}
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
                {sectors.map((sector) => (
                  <Checkbox key={sector} value={sector} label={t(`vocab.sector.${sector}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={form.control}
          name="subjects"
          render={({ field }) => (
            <MultiSelect
              label={t('programmes.fields.subjects')}
              data={subjects.map((subject) => ({ value: subject, label: t(`vocab.subject.${subject}`) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              searchable
              clearable
              error={errors.subjects && t('programmes.form.subjectsInvalid')}
            />
          )}
        />
        <Stack gap="xs" role="group" aria-labelledby={startDatesLabel}>
          <Text size="sm" fw={500} id={startDatesLabel}>
            {t('programmes.fields.startDates')}
          </Text>
          {startDates.fields.map((row, index) => (
            <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                type="date"
                label={t('programmes.form.startDate', { number: index + 1 })}
                error={errors.startDates?.[index]?.value && t('programmes.form.startDateInvalid')}
                {...form.register(`startDates.${index}.value`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                onClick={() => startDates.remove(index)}
                aria-label={t('programmes.form.removeStartDate', { number: index + 1 })}
              >
                <span aria-hidden>×</span>
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => startDates.append({ value: '' })}>
              {t('programmes.form.addStartDate')}
            </Button>
          </Group>
        </Stack>
        <Textarea
          label={t('programmes.fields.admission')}
          autosize
          minRows={3}
          maxRows={10}
          error={errors.admission && t('programmes.form.admissionInvalid')}
          {...form.register('admission')}
        />
        {conflict && (
          <EditConflictAlert
            title={t('programmes.conflict.title')}
            body={t('programmes.conflict.body')}
            overwriteLabel={t('programmes.conflict.overwrite')}
            loadTheirsLabel={t('programmes.conflict.loadTheirs')}
            onOverwrite={overwrite}
            onLoadTheirs={loadTheirs}
          />
        )}
        {mutation.isError && <ErrorAlert error={mutation.error} messages={{ 'not-found': t('programmes.form.gone') }} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} loaderProps={{ 'aria-label': t('programmes.form.saving') }}>
            {programme ? t('programmes.form.save') : t('programmes.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
