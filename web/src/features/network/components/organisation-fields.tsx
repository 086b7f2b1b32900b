import { organisationTypes, sectors, type Sector } from '@koers/domain';
import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContactFormValues, OrganisationFormValues } from './organisation-form-schema';

interface OrganisationFieldsProps {
  register: (name: Exclude<keyof OrganisationFormValues, 'sectors'>) => UseFormRegisterReturn;
  errors: Partial<Record<keyof OrganisationFormValues, unknown>>;
  sectorValue: Sector[];
  onSectorChange: (value: Sector[]) => void;
  /** The region's boards a school may belong to. */
  boards: ReadonlyArray<{ value: string; label: string }>;
  /** Only schools belong to a board. */
  showBoard: boolean;
  /** While a save is under way. */
  disabled?: boolean;
}

/** The fields of an organisation, shared by the "new organisation" and the edit form. */
export function OrganisationFields({ register, errors, sectorValue, onSectorChange, boards, showBoard, disabled }: OrganisationFieldsProps) {
  const { t } = useTranslation();
  const error = (field: keyof OrganisationFormValues) => (errors[field] ? t(`network.form.errors.${field}`) : undefined);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('network.form.type')}
          withAsterisk
          data={[{ value: '', label: t('network.form.chooseType') }, ...organisationTypes.map((value) => ({ value, label: t(`vocab.organisationType.${value}`) }))]}
          error={error('type')}
          disabled={disabled}
          {...register('type')}
        />
        <TextInput label={t('network.form.name')} withAsterisk autoComplete="organization" error={error('name')} disabled={disabled} {...register('name')} />
      </SimpleGrid>
      <Checkbox.Group label={t('network.form.sectors')} value={sectorValue} onChange={(value) => onSectorChange(value as Sector[])}>
        <Group gap="md" mt={6}>
          {sectors.map((sector) => (
            <Checkbox key={sector} value={sector} label={t(`vocab.sector.${sector}`)} disabled={disabled} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={t('network.form.address')} autoComplete="street-address" error={error('address')} disabled={disabled} {...register('address')} />
        <TextInput label={t('network.form.postcode')} autoComplete="postal-code" error={error('postcode')} disabled={disabled} {...register('postcode')} />
        <TextInput label={t('network.form.place')} autoComplete="address-level2" error={error('place')} disabled={disabled} {...register('place')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('network.form.brin')} description={t('network.form.brinHint')} error={error('brin')} disabled={disabled} {...register('brin')} />
        <TextInput label={t('network.form.website')} type="text" inputMode="url" autoComplete="url" error={error('website')} disabled={disabled} {...register('website')} />
      </SimpleGrid>
      {showBoard && (
        <NativeSelect
          label={t('network.form.board')}
          maw={480}
          data={[{ value: '', label: t('network.form.noBoard') }, ...boards]}
          error={error('boardId')}
          disabled={disabled}
          {...register('boardId')}
        />
      )}
    </Stack>
  );
}

interface ContactFieldsProps {
  register: (name: keyof ContactFormValues) => UseFormRegisterReturn;
  errors: Partial<Record<keyof ContactFormValues, unknown>>;
  /** The contact's name is required (in the new-organisation form only once something is filled in). */
  nameRequired: boolean;
}

/** The fields of a contact person. */
export function ContactFields({ register, errors, nameRequired }: ContactFieldsProps) {
  const { t } = useTranslation();
  const error = (field: keyof ContactFormValues) => (errors[field] ? t(`network.contactForm.errors.${field}`) : undefined);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('network.contactForm.name')} withAsterisk={nameRequired} autoComplete="off" error={error('name')} {...register('name')} />
      <TextInput label={t('network.contactForm.jobTitle')} autoComplete="off" error={error('jobTitle')} {...register('jobTitle')} />
      <TextInput label={t('network.contactForm.email')} type="email" autoComplete="off" error={error('email')} {...register('email')} />
      <TextInput label={t('network.contactForm.phone')} type="tel" autoComplete="off" error={error('phone')} {...register('phone')} />
    </SimpleGrid>
  );
}
