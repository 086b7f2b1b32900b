import { findOrganisationMatches } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useOrganisationList } from '../../region/api/list-organisations';
import { useCreateOrganisation } from '../api/create-organisation';
import type { ContactInput } from '../api/save-contact';
import type { OrganisationDetails } from '../api/update-organisation';
import { ContactFields, OrganisationFields } from '../components/organisation-fields';
import {
  contactFormSchema,
  contactFormValues,
  organisationFormSchema,
  organisationFormValues,
  type ContactFormValues,
  type OrganisationFormValues,
} from '../components/organisation-form-schema';
import type { Organisation } from '@koers/domain';

type FormValues = OrganisationFormValues & { contact: ContactFormValues };
type FormOutput = OrganisationDetails & { contact: ContactInput | null };

const isBlank = (contact: unknown) =>
  Boolean(contact) && typeof contact === 'object' && Object.values(contact as Record<string, unknown>).every((value) => typeof value !== 'string' || value.trim() === '');

/** The organisation, and a contact person only when any of its fields is filled in. */
const createFormSchema = organisationFormSchema.extend({
  contact: z.preprocess((value) => (isBlank(value) ? null : value), contactFormSchema.nullable()),
});

/** /netwerk/organisaties/nieuw: a new school, board, institute or desk, optionally with its first contact person. */
export function OrganisationCreateRoute() {
  const { t } = useTranslation();
  const { regionId, regionSearch } = useStaffRegion();
  const organisations = useOrganisationList(regionId);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/netwerk${regionSearch}`} size="sm">
        {t('network.backToNetwork')}
      </Anchor>
      <PageTitle>{t('network.create.title')}</PageTitle>
      {!regionId ? (
        <Text>{t('network.noRegion')}</Text>
      ) : organisations.isPending ? (
        <PageLoader />
      ) : organisations.isError ? (
        <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : (
        <CreateForm regionId={regionId} regionSearch={regionSearch} organisations={organisations.data} />
      )}
    </Stack>
  );
}

function CreateForm({ regionId, regionSearch, organisations }: { regionId: string; regionSearch: string; organisations: WithId<Organisation>[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const create = useCreateOrganisation();
  const [existing, setExisting] = useState<WithId<Organisation> | null>(null);
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createFormSchema) as unknown as Resolver<FormValues, unknown, FormOutput>,
    defaultValues: { ...organisationFormValues(), contact: contactFormValues() },
    mode: 'onTouched',
  });
  const errors = form.formState.errors;
  const [type, sectorValue] = useWatch({ control: form.control, name: ['type', 'sectors'] });
  const boards = organisations.filter((organisation) => organisation.type === 'school_board').map((board) => ({ value: board.id, label: board.name }));

  const submit = form.handleSubmit(async ({ contact, ...organisation }) => {
    // The same match as the CSV import: a second "De Klimop, Nijmegen" (or the same BRIN) is the existing one.
    const match = findOrganisationMatches(organisations, organisation)[0] ?? null;
    setExisting(match);
    if (match) return;
    const id = await create
      .mutateAsync({ regionId, uid: user.uid, organisation, contact, takenIds: new Set(organisations.map((item) => item.id)) })
      .catch(() => null);
    if (id) await navigate(`/netwerk/organisaties/${id}${regionSearch}`);
  });

  const errorCount = Object.keys(errors).filter((key) => key !== 'contact').length + Object.keys(errors.contact ?? {}).length;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="lg">
        <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" aria-labelledby="create-organisation">
          <Stack gap="md">
            <Title order={2} size="h3" id="create-organisation">
              {t('network.create.organisation')}
            </Title>
            <OrganisationFields
              register={(name) => form.register(name)}
              errors={errors}
              sectorValue={sectorValue}
              onSectorChange={(value) => form.setValue('sectors', value, { shouldDirty: true })}
              boards={boards}
              showBoard={type === 'school'}
            />
          </Stack>
        </Paper>
        <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" aria-labelledby="create-contact">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={2} size="h3" id="create-contact">
                {t('network.create.contact')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('network.create.contactHint')}
              </Text>
            </Stack>
            <ContactFields register={(name) => form.register(`contact.${name}`)} errors={errors.contact ?? {}} nameRequired={false} />
          </Stack>
        </Paper>
        {existing && (
          <Alert color="red" variant="light" role="alert" title={t('network.create.existsTitle')}>
            <Text size="sm">
              {t('network.create.exists')}{' '}
              <Anchor component={Link} to={`/netwerk/organisaties/${existing.id}${regionSearch}`}>
                {existing.name}
              </Anchor>
            </Text>
          </Alert>
        )}
        {create.isError && <ErrorAlert error={create.error} title={t('network.create.failed')} messages={{ 'already-exists': t('network.create.existsRace') }} />}
        {errorCount > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('network.form.errorSummary', { count: errorCount })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('network.create.submit')}
          </Button>
          <Button component={Link} to={`/netwerk${regionSearch}`} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
