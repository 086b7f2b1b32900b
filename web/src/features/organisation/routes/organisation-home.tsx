import { organisationRoles } from '@koers/domain';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useSession } from '../../access/components/session-context';
import { ProgrammeSection } from '../../programmes/components/programme-section';
import { VacancySection } from '../../vacancies/components/vacancy-section';
import { useOrganisation } from '../api/get-organisation';
import { useOrganisationContacts } from '../api/list-contacts';
import { useIntroductionList } from '../api/list-introductions';
import { ContactList } from '../components/contact-list';
import { IntroductionList } from '../components/introduction-list';
import { OrganisationDetailsDialog } from '../components/organisation-details-dialog';

/**
 * /organisatie: HR and training staff keep their own organisation's details current, manage its
 * vacancies (a school) or training programmes (an institute), and answer the introductions of
 * candidates to it (live: a colleague's answer shows at once).
 */
export function OrganisationHomeRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const memberships = Object.entries(access?.organisations ?? {})
    .filter(([, membership]) => (organisationRoles as readonly string[]).includes(membership.role))
    .sort(([a], [b]) => a.localeCompare(b));
  return (
    <Stack gap="lg">
      <PageTitle>{t('organisation.title')}</PageTitle>
      {memberships.map(([organisationId, membership]) => (
        <OrganisationOverview
          key={organisationId}
          regionId={membership.regionId}
          organisationId={organisationId}
          role={membership.role}
        />
      ))}
    </Stack>
  );
}

function OrganisationOverview({ regionId, organisationId, role }: { regionId: string; organisationId: string; role: 'hr' | 'training' }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(regionId, organisationId);
  const introductions = useIntroductionList(regionId, organisationId);
  const contacts = useOrganisationContacts(regionId, organisationId);
  const [editing, setEditing] = useState(false);
  if (organisation.isPending) return <PageLoader />;
  if (organisation.isError) return <ErrorAlert error={organisation.error} onRetry={() => void organisation.refetch()} />;
  const details = organisation.data;
  const name = details?.name ?? organisationId;
  const addressLine = [details?.address, [details?.postcode, details?.place].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <Stack gap="lg">
      <SectionCard
        id={`organisation-${organisationId}`}
        title={name}
        actions={
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {[details ? t(`vocab.organisationType.${details.type}`) : null, details?.place, t('organisation.yourRole', { role: t(`vocab.role.${role}`) })]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {details && details.sectors.length > 0 && (
              <Group gap={6}>
                {details.sectors.map((sector) => (
                  <Badge key={sector} variant="light" color="gray" tt="none" fw={500}>
                    {t(`vocab.sector.${sector}`)}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        }
      >
        {details && (
          <Stack gap="sm">
            <Stack gap={4}>
              <Text size="sm">
                <Text span fw={500} size="sm">
                  {t('organisation.details.address')}:
                </Text>{' '}
                {addressLine || t('organisation.details.unknown')}
              </Text>
              <Text size="sm">
                <Text span fw={500} size="sm">
                  {t('organisation.details.website')}:
                </Text>{' '}
                {details.website ? (
                  <Anchor href={details.website} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {details.website}
                  </Anchor>
                ) : (
                  t('organisation.details.unknown')
                )}
              </Text>
            </Stack>
            <Group>
              <Button size="sm" variant="default" onClick={() => setEditing(true)}>
                {t('organisation.details.edit')}
              </Button>
            </Group>
            <OrganisationDetailsDialog opened={editing} onClose={() => setEditing(false)} regionId={regionId} organisation={details} />
          </Stack>
        )}
      </SectionCard>
      {role === 'hr' && <VacancySection regionId={regionId} organisationId={organisationId} canEdit />}
      {role === 'training' && <ProgrammeSection regionId={regionId} organisationId={organisationId} canEdit />}
      <SectionCard id={`introductions-${organisationId}`} title={t('organisation.introductions')}>
        {introductions.isPending ? (
          <PageLoader />
        ) : introductions.isError ? (
          <ErrorAlert error={introductions.error} onRetry={() => void introductions.refetch()} />
        ) : (
          <IntroductionList
            regionId={regionId}
            organisationId={organisationId}
            label={t('organisation.introductionsCaption', { organisation: name })}
            introductions={introductions.data}
          />
        )}
      </SectionCard>
      <SectionCard id={`contacts-${organisationId}`} title={t('organisation.contacts.title')}>
        <Text size="sm" c="dimmed">
          {t('organisation.contacts.hint')}
        </Text>
        {contacts.isPending ? (
          <PageLoader />
        ) : contacts.isError ? (
          <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
        ) : (
          <ContactList contacts={contacts.data} />
        )}
      </SectionCard>
    </Stack>
  );
}
