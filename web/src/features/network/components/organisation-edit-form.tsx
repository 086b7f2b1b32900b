import type { Organisation } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useUpdateOrganisation, type OrganisationDetails } from '../api/update-organisation';
import { OrganisationFields } from './organisation-fields';
import { organisationFormSchema, organisationFormValues, type OrganisationFormValues } from './organisation-form-schema';

interface OrganisationEditFormProps {
  regionId: string;
  uid: string;
  /** The live document. */
  organisation: WithId<Organisation>;
  boards: ReadonlyArray<{ value: string; label: string }>;
  /** Display name of whoever saved last, when known. */
  nameOf: (uid: string | null | undefined) => string | null;
}

/**
 * The organisation's details. While nothing is typed the form follows the live document;
 * once something is typed it holds on to what the person typed and to the version it started
 * from, and a save is refused when someone else saved in between (the choice is then theirs).
 */
export function OrganisationEditForm({ regionId, uid, organisation, boards, nameOf }: OrganisationEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();
  // The version the form started from; a ref, as it never changes what is shown.
  const base = useRef<Date | null>(organisation.updatedAt ?? null);
  const [conflict, setConflict] = useState<{ updatedBy: string | null } | null>(null);
  const [saved, setSaved] = useState(false);
  const [gone, setGone] = useState(false);
  const form = useForm<OrganisationFormValues, unknown, OrganisationDetails>({
    resolver: zodResolver(organisationFormSchema) as unknown as Resolver<OrganisationFormValues, unknown, OrganisationDetails>,
    defaultValues: organisationFormValues(organisation),
    mode: 'onTouched',
  });
  const { errors, isDirty } = form.formState;
  const [type, sectorValue] = useWatch({ control: form.control, name: ['type', 'sectors'] });

  // After a save, the version it replaced, until the saved version arrives from the listener.
  const savedFrom = useRef<number | null | undefined>(undefined);

  // Follow the live document while the person has not typed anything (and no conflict is open).
  useEffect(() => {
    if (isDirty || conflict) return;
    const live = organisation.updatedAt?.getTime() ?? null;
    // Our own save has not come back yet: keep showing what was saved rather than the older version.
    if (savedFrom.current !== undefined && savedFrom.current === live) return;
    savedFrom.current = undefined;
    form.reset(organisationFormValues(organisation));
    base.current = organisation.updatedAt ?? null;
  }, [organisation, isDirty, conflict, form]);

  const save = (baseUpdatedAt: Date | null) =>
    form.handleSubmit(async (values) => {
      setSaved(false);
      setGone(false);
      const result = await update.mutateAsync({ regionId, organisationId: organisation.id, uid, values, baseUpdatedAt }).catch(() => null);
      if (!result) return;
      if (result.outcome === 'conflict') {
        setConflict({ updatedBy: result.updatedBy });
        return;
      }
      if (result.outcome === 'gone') {
        setGone(true);
        return;
      }
      setConflict(null);
      setSaved(true);
      // Clean again: the next snapshot (with the server's updatedAt) becomes the base.
      savedFrom.current = baseUpdatedAt?.getTime() ?? null;
      form.reset(form.getValues());
    });

  const takeTheirs = () => {
    setConflict(null);
    form.reset(organisationFormValues(organisation));
    base.current = organisation.updatedAt ?? null;
  };

  const who = conflict ? nameOf(conflict.updatedBy) : null;

  return (
    <form onSubmit={(event) => void save(base.current)(event)} noValidate>
      <Stack gap="md">
        <OrganisationFields
          register={(name) => form.register(name)}
          errors={errors}
          sectorValue={sectorValue}
          onSectorChange={(value) => form.setValue('sectors', value, { shouldDirty: true })}
          boards={boards.filter((board) => board.value !== organisation.id)}
          showBoard={type === 'school'}
          disabled={update.isPending}
        />
        {conflict && (
          <Alert color="red" variant="light" role="alert" title={t('network.conflict.title')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{who ? t('network.conflict.byName', { name: who }) : t('network.conflict.bySomeone')}</Text>
              <Text size="sm">{t('network.conflict.kept')}</Text>
              <Group gap="xs">
                <Button size="xs" variant="outline" onClick={takeTheirs}>
                  {t('network.conflict.takeTheirs')}
                </Button>
                <Button size="xs" color="red" onClick={() => void save(organisation.updatedAt ?? null)()}>
                  {t('network.conflict.saveMine')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {gone && (
          <Alert color="red" variant="light" role="alert">
            {t('network.organisation.gone')}
          </Alert>
        )}
        {update.isError && <ErrorAlert error={update.error} title={t('network.organisation.saveFailed')} />}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={Boolean(conflict)}>
            {t('network.organisation.save')}
          </Button>
          {isDirty && !conflict && (
            <Button variant="default" onClick={takeTheirs}>
              {t('network.organisation.undo')}
            </Button>
          )}
          <Text role="status" aria-live="polite" size="sm">
            {saved && !isDirty ? t('network.organisation.saved') : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
