import { isoDateSchema, matchPreferencesSchema, type MatchPreferences } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EditConflictAlert } from '../../../components/edit-conflict-alert';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useUpdateMatchPreferences } from '../api/update-match-preferences';
import classes from './matching.module.css';

const wholeNumber = (inner: z.ZodType<number | null, number | null>) =>
  z
    .string()
    .trim()
    .transform((value) => (value ? Number(value.replace(',', '.')) : null))
    .pipe(inner);

/** The form as typed (text inputs), parsed into the candidate's `matchPreferences`. */
const preferencesFormSchema = z.object({
  hoursPerWeek: wholeNumber(matchPreferencesSchema.shape.hoursPerWeek),
  availableFrom: z
    .string()
    .trim()
    .pipe(isoDateSchema.or(z.literal('')))
    .transform((value) => value || null),
  maxDistanceKm: wholeNumber(matchPreferencesSchema.shape.maxDistanceKm),
});
type PreferencesFormValues = z.input<typeof preferencesFormSchema>;

function valuesOf(preferences: MatchPreferences | null | undefined): PreferencesFormValues {
  return {
    hoursPerWeek: preferences?.hoursPerWeek?.toString() ?? '',
    availableFrom: preferences?.availableFrom ?? '',
    maxDistanceKm: preferences?.maxDistanceKm?.toString() ?? '',
  };
}

interface MatchPreferencesFormProps {
  candidateId: string;
  preferences: MatchPreferences | null | undefined;
  uid: string;
  nameOf: (uid: string) => string;
}

/** Hours, start date and travel distance the scorer weighs; shown, and edited as one. */
export function MatchPreferencesForm({ candidateId, preferences, uid, nameOf }: MatchPreferencesFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const none = t('common.none');
  if (!editing) {
    return (
      <Stack gap="xs">
        <dl className={classes.facts}>
          <div className={classes.fact}>
            <dt>{t('matching.preferences.hoursPerWeek')}</dt>
            <dd>{preferences?.hoursPerWeek ? format.number(preferences.hoursPerWeek) : none}</dd>
          </div>
          <div className={classes.fact}>
            <dt>{t('matching.preferences.availableFrom')}</dt>
            <dd>{preferences?.availableFrom ? format.date(new Date(`${preferences.availableFrom}T12:00:00`)) : none}</dd>
          </div>
          <div className={classes.fact}>
            <dt>{t('matching.preferences.maxDistanceKm')}</dt>
            <dd>{preferences?.maxDistanceKm ? t('matching.distance', { km: format.number(preferences.maxDistanceKm) }) : none}</dd>
          </div>
        </dl>
        <Group>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('matching.preferences.edit')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return <PreferencesEditor candidateId={candidateId} preferences={preferences ?? null} uid={uid} nameOf={nameOf} onDone={() => setEditing(false)} />;
}

function PreferencesEditor({
  candidateId,
  preferences,
  uid,
  nameOf,
  onDone,
}: Omit<MatchPreferencesFormProps, 'preferences'> & { preferences: MatchPreferences | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useUpdateMatchPreferences(candidateId);
  // The preferences this form was filled from; moves on only when the person chooses after a conflict.
  const [base, setBase] = useState<MatchPreferences | null>(preferences);
  const [conflict, setConflict] = useState<{ current: MatchPreferences | null; by: string | null } | null>(null);
  const form = useForm<PreferencesFormValues, unknown, z.output<typeof preferencesFormSchema>>({
    resolver: zodResolver(preferencesFormSchema),
    defaultValues: valuesOf(preferences),
  });
  const errors = form.formState.errors;

  const write = (from: MatchPreferences | null) =>
    form.handleSubmit((value) =>
      save.mutate(
        { candidateId, base: from, value, uid },
        {
          onSuccess: (result) => {
            if (result.outcome === 'conflict') {
              setConflict({ current: result.current, by: result.updatedBy === uid ? null : result.updatedBy });
              return;
            }
            notifications.show({ color: 'green', message: t('matching.preferences.saved') });
            onDone();
          },
        },
      ),
    );

  return (
    <form onSubmit={(event) => void write(base)(event)} noValidate aria-label={t('matching.preferences.title')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={560}>
          <TextInput
            label={t('matching.preferences.hoursPerWeek')}
            inputMode="numeric"
            data-autofocus
            error={errors.hoursPerWeek && t('matching.preferences.hoursInvalid')}
            {...form.register('hoursPerWeek')}
          />
          <TextInput
            label={t('matching.preferences.availableFrom')}
            type="date"
            error={errors.availableFrom && t('matching.preferences.dateInvalid')}
            {...form.register('availableFrom')}
          />
          <TextInput
            label={t('matching.preferences.maxDistanceKm')}
            inputMode="numeric"
            error={errors.maxDistanceKm && t('matching.preferences.distanceInvalid')}
            {...form.register('maxDistanceKm')}
          />
        </SimpleGrid>
        {conflict && (
          <EditConflictAlert
            title={t('matching.preferences.conflictTitle')}
            body={conflict.by ? t('matching.preferences.conflictBy', { name: nameOf(conflict.by) }) : t('matching.preferences.conflictBody')}
            overwriteLabel={t('matching.preferences.overwrite')}
            loadTheirsLabel={t('matching.preferences.loadTheirs')}
            onOverwrite={() => {
              setBase(conflict.current);
              setConflict(null);
              void write(conflict.current)();
            }}
            onLoadTheirs={() => {
              setBase(conflict.current);
              form.reset(valuesOf(conflict.current));
              setConflict(null);
            }}
          />
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        {!conflict && (
          <Group gap="xs">
            <Button type="submit" size="xs" loading={save.isPending}>
              {t('matching.preferences.save')}
            </Button>
            <Button size="xs" variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('matching.preferences.hint')}
        </Text>
      </Stack>
    </form>
  );
}
