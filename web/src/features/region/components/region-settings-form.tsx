import { customFieldTypes, municipalityNames, type Region } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { regionSettingsInputSchema, useUpdateRegionSettings, type RegionSettingsInput } from '../api/update-region-settings';

interface RegionSettingsFormProps {
  region: WithId<Region>;
  /** Display names of the region's members, to say who saved in between. */
  nameOf: (uid: string | null) => string | null;
  /** The region's advisers and coordinators, who may own intake. */
  staff: ReadonlyArray<{ uid: string; displayName: string }>;
}

// The CBS places table's municipalities: suggestions only, so names it lacks can still be typed.
const knownMunicipalities = municipalityNames();

function toValues(region: Region): RegionSettingsInput {
  return {
    municipalities: region.municipalities,
    settings: {
      ...region.settings,
      // Firestore refuses undefined: "no owner" is stored as null.
      intakeOwnerUid: region.settings.intakeOwnerUid ?? null,
      customFields: region.settings.customFields.map((field) => ({ ...field, options: field.options ?? [] })),
    },
  };
}

/**
 * Service area, intake owner, "losing sight" threshold, e-mail sender, privacy text, allowed website origins
 * and the region's own candidate fields. Saved as one change that refuses to overwrite a
 * colleague's save made after this form was filled.
 */
export function RegionSettingsForm({ region, nameOf, staff }: RegionSettingsFormProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const update = useUpdateRegionSettings(region.id);
  // The version the form started from; replaced only when the person chooses to reload.
  const [base, setBase] = useState(region);
  const [conflictBy, setConflictBy] = useState<string | null | undefined>(undefined);
  // After our own save the live region brings back our stamp: that version is the new base.
  const [awaitingEcho, setAwaitingEcho] = useState(false);
  const echoed = awaitingEcho && region.updatedBy === user.uid && region.updatedAt?.getTime() !== base.updatedAt?.getTime();
  const current = echoed ? region : base;
  const form = useForm<z.input<typeof regionSettingsInputSchema>, unknown, RegionSettingsInput>({
    resolver: zodResolver(regionSettingsInputSchema),
    defaultValues: toValues(base),
  });
  const fields = useFieldArray({ control: form.control, name: 'settings.customFields' });
  const customFields = useWatch({ control: form.control, name: 'settings.customFields' });
  const errors = form.formState.errors;
  const newer = region.updatedAt !== undefined && current.updatedAt?.getTime() !== region.updatedAt.getTime();
  const ownerUid = useWatch({ control: form.control, name: 'settings.intakeOwnerUid' });
  const ownerOptions = staff.map((member) => ({ value: member.uid, label: member.displayName }));
  // An owner who has since lost their role stays visible, so saving never drops them silently.
  if (ownerUid && !ownerOptions.some((option) => option.value === ownerUid)) ownerOptions.push({ value: ownerUid, label: nameOf(ownerUid) ?? ownerUid });

  const submit = form.handleSubmit((values) => {
    setConflictBy(undefined);
    if (echoed) {
      setBase(region);
      setAwaitingEcho(false);
    }
    const input: RegionSettingsInput = {
      ...values,
      settings: {
        ...values.settings,
        customFields: values.settings.customFields.map(({ options, ...field }) =>
          field.type === 'choice' ? { ...field, options: options ?? [] } : field,
        ),
      },
    };
    update.mutate(
      { uid: user.uid, baseUpdatedAt: current.updatedAt, input },
      {
        onSuccess: (result) => {
          if (result.outcome === 'conflict') {
            setConflictBy(result.updatedBy);
            return;
          }
          setAwaitingEcho(true);
          notifications.show({ color: 'green', message: t('regionSettings.saved') });
          form.reset(values);
        },
      },
    );
  });

  const reload = () => {
    setBase(region);
    setConflictBy(undefined);
    form.reset(toValues(region));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('regionSettings.formLabel', { region: region.name })}>
      <Stack gap="lg">
        {(conflictBy !== undefined || newer) && (
          <Alert color="orange" variant="light" role="alert" title={t('regionSettings.conflictTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {conflictBy !== undefined
                  ? t('regionSettings.conflict', { name: nameOf(conflictBy) ?? t('regionSettings.someone') })
                  : t('regionSettings.newer', { name: nameOf(region.updatedBy ?? null) ?? t('regionSettings.someone') })}
              </Text>
              <Button size="xs" variant="outline" color="orange" onClick={reload}>
                {t('regionSettings.reload')}
              </Button>
            </Stack>
          </Alert>
        )}

        <Controller
          control={form.control}
          name="municipalities"
          render={({ field }) => (
            <TagsInput
              label={t('regionSettings.municipalities')}
              description={t('regionSettings.municipalitiesHelp')}
              value={field.value}
              onChange={(value) => field.onChange([...new Set(value.map((item) => item.trim()).filter(Boolean))])}
              onBlur={field.onBlur}
              data={knownMunicipalities}
              limit={20}
              clearable
              error={errors.municipalities && t('regionSettings.errors.municipalities')}
            />
          )}
        />

        <Controller
          control={form.control}
          name="settings.intakeOwnerUid"
          render={({ field }) => (
            <Select
              label={t('regionSettings.intakeOwner')}
              description={t('regionSettings.intakeOwnerHelp')}
              placeholder={t('regionSettings.intakeOwnerNone')}
              data={ownerOptions}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              clearable
              searchable
              style={{ maxWidth: 420 }}
            />
          )}
        />

        <Group grow align="flex-start" wrap="wrap">
          <Controller
            control={form.control}
            name="settings.losingSightDays"
            render={({ field }) => (
              <NumberInput
                label={t('regionSettings.losingSightDays')}
                description={t('regionSettings.losingSightDaysHelp')}
                min={1}
                max={365}
                // Out-of-range input gets an error message rather than a silent correction.
                clampBehavior="none"
                allowDecimal={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                onBlur={field.onBlur}
                error={errors.settings?.losingSightDays && t('regionSettings.errors.losingSightDays')}
                style={{ minWidth: 220 }}
              />
            )}
          />
          <TextInput
            label={t('regionSettings.senderName')}
            description={t('regionSettings.senderNameHelp')}
            {...form.register('settings.senderName')}
            error={errors.settings?.senderName && t('regionSettings.errors.text')}
            style={{ minWidth: 220 }}
          />
        </Group>

        <Textarea
          label={t('regionSettings.privacyText')}
          description={t('regionSettings.privacyTextHelp')}
          autosize
          minRows={3}
          {...form.register('settings.privacyText')}
          error={errors.settings?.privacyText && t('regionSettings.errors.text')}
        />

        <Controller
          control={form.control}
          name="settings.allowedOrigins"
          render={({ field }) => (
            <TagsInput
              label={t('regionSettings.allowedOrigins')}
              description={t('regionSettings.allowedOriginsHelp')}
              placeholder="https://www.voorbeeld.nl"
              value={field.value}
              onChange={(value) => field.onChange(value.map((item) => item.trim()).filter(Boolean))}
              onBlur={field.onBlur}
              clearable
              error={errors.settings?.allowedOrigins && t('regionSettings.errors.allowedOrigins')}
            />
          )}
        />

        <Fieldset legend={t('regionSettings.customFields')}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('regionSettings.customFieldsHelp')}
            </Text>
            {fields.fields.length === 0 && <Text size="sm">{t('regionSettings.noCustomFields')}</Text>}
            {fields.fields.map((item, index) => {
              const fieldErrors = errors.settings?.customFields?.[index];
              const type = customFields[index]?.type;
              return (
                <Fieldset key={item.id} legend={t('regionSettings.customField', { number: index + 1 })} variant="filled">
                  <Stack gap="sm">
                    <Group grow align="flex-start" wrap="wrap">
                      <TextInput
                        label={t('regionSettings.fieldLabel')}
                        {...form.register(`settings.customFields.${index}.label`)}
                        error={fieldErrors?.label && t('validation.required')}
                        style={{ minWidth: 200 }}
                      />
                      <TextInput
                        label={t('regionSettings.fieldName')}
                        description={t('regionSettings.fieldNameHelp')}
                        {...form.register(`settings.customFields.${index}.name`)}
                        error={fieldErrors?.name && t('regionSettings.errors.fieldName')}
                        style={{ minWidth: 200 }}
                      />
                      <NativeSelect
                        label={t('regionSettings.fieldType')}
                        data={customFieldTypes.map((value) => ({ value, label: t(`regionSettings.fieldTypes.${value}`) }))}
                        {...form.register(`settings.customFields.${index}.type`)}
                        style={{ minWidth: 160 }}
                      />
                    </Group>
                    {type === 'choice' && (
                      <Controller
                        control={form.control}
                        name={`settings.customFields.${index}.options`}
                        render={({ field }) => (
                          <TagsInput
                            label={t('regionSettings.fieldOptions')}
                            value={field.value ?? []}
                            onChange={field.onChange}
                            onBlur={field.onBlur}
                            error={fieldErrors?.options && t('regionSettings.errors.options')}
                          />
                        )}
                      />
                    )}
                    <Group justify="space-between">
                      <Checkbox label={t('regionSettings.fieldRequired')} {...form.register(`settings.customFields.${index}.required`)} />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => fields.remove(index)}
                        aria-label={t('regionSettings.removeField', { number: index + 1 })}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  </Stack>
                </Fieldset>
              );
            })}
            <Group>
              <Button
                variant="light"
                onClick={() => fields.append({ name: '', label: '', type: 'string', options: [], required: false })}
                disabled={fields.fields.length >= 50}
              >
                {t('regionSettings.addField')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        {update.isError && <ErrorAlert error={update.error} />}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('regionSettings.save')}
          </Button>
          {form.formState.isDirty && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('regionSettings.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
