import type { Contact, Organisation } from '@koers/domain';
import { Anchor, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { ProgrammeSection } from '../../programmes/components/programme-section';
import { useMemberList } from '../../region/api/list-members';
import { useOrganisationList } from '../../region/api/list-organisations';
import { VacancySection } from '../../vacancies/components/vacancy-section';
import { useDeleteContact } from '../api/delete-contact';
import { useContactList } from '../api/list-contacts';
import { ContactDialog } from '../components/contact-dialog';
import { ContactTable } from '../components/contact-table';
import { OrganisationCandidates } from '../components/organisation-candidates';
import { OrganisationEditForm } from '../components/organisation-edit-form';

/** /netwerk/organisaties/:organisationId: one organisation with its details, board or schools, contacts, offer and candidates (staff). */
export function OrganisationPageRoute() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const { regionId, regionSearch } = useStaffRegion();
  // The region's organisations are one live list already (the overview, the board picker): the page takes its organisation from it.
  const organisations = useOrganisationList(regionId);
  const organisation = organisations.data?.find((item) => item.id === organisationId);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/netwerk${regionSearch}`} size="sm">
        {t('network.backToNetwork')}
      </Anchor>
      {!regionId ? (
        <Text>{t('network.noRegion')}</Text>
      ) : organisations.isPending ? (
        <PageLoader />
      ) : organisations.isError ? (
        <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : !organisation ? (
        <>
          <PageTitle>{t('network.organisation.notFoundTitle')}</PageTitle>
          <Text>{t('network.organisation.notFound')}</Text>
        </>
      ) : (
        <OrganisationPage regionId={regionId} regionSearch={regionSearch} organisation={organisation} organisations={organisations.data} />
      )}
    </Stack>
  );
}

interface OrganisationPageProps {
  regionId: string;
  regionSearch: string;
  organisation: WithId<Organisation>;
  organisations: WithId<Organisation>[];
}

function OrganisationPage({ regionId, regionSearch, organisation, organisations }: OrganisationPageProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const members = useMemberList(regionId);
  const nameOf = (uid: string | null | undefined) => (uid ? (members.data?.find((member) => member.id === uid)?.displayName ?? null) : null);
  const boards = organisations.filter((item) => item.type === 'school_board').map((board) => ({ value: board.id, label: board.name }));
  const board = organisation.boardId ? organisations.find((item) => item.id === organisation.boardId) : undefined;
  const schools = organisations.filter((item) => item.boardId === organisation.id);
  const link = (item: WithId<Organisation>) => `/netwerk/organisaties/${item.id}${regionSearch}`;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageTitle>{organisation.name}</PageTitle>
        <Group gap="xs">
          <Badge variant="light" radius="sm" tt="none">
            {t(`vocab.organisationType.${organisation.type}`)}
          </Badge>
          {organisation.sectors.map((sector) => (
            <Badge key={sector} variant="outline" radius="sm" tt="none" color="gray.8">
              {t(`vocab.sector.${sector}`)}
            </Badge>
          ))}
          {organisation.place && <Text size="sm">{organisation.place}</Text>}
        </Group>
      </Stack>

      <SectionCard title={t('network.organisation.details')} id="organisation-details">
        <OrganisationEditForm regionId={regionId} uid={user.uid} organisation={organisation} boards={boards} nameOf={nameOf} />
      </SectionCard>

      {(organisation.type === 'school' || organisation.type === 'school_board' || board) && (
        <SectionCard title={organisation.type === 'school_board' ? t('network.organisation.schools') : t('network.organisation.board')} id="organisation-board">
          {organisation.type === 'school_board' ? (
            schools.length === 0 ? (
              <Text c="dimmed">{t('network.organisation.noSchools')}</Text>
            ) : (
              <List spacing={4}>
                {schools.map((school) => (
                  <List.Item key={school.id}>
                    <Anchor component={Link} to={link(school)}>
                      {school.name}
                    </Anchor>
                    {school.place && <Text span size="sm" c="dimmed">{` · ${school.place}`}</Text>}
                  </List.Item>
                ))}
              </List>
            )
          ) : board ? (
            <Anchor component={Link} to={link(board)}>
              {board.name}
            </Anchor>
          ) : (
            <Text c="dimmed">{t('network.organisation.noBoard')}</Text>
          )}
        </SectionCard>
      )}

      <ContactsSection regionId={regionId} organisation={organisation} regionSearch={regionSearch} uid={user.uid} />

      {organisation.type === 'school' && <VacancySection regionId={regionId} organisationId={organisation.id} canEdit />}
      {organisation.type === 'training_institute' && <ProgrammeSection regionId={regionId} organisationId={organisation.id} canEdit />}

      <SectionCard title={t('network.candidates.title')} id="organisation-candidates">
        <OrganisationCandidates regionId={regionId} organisationId={organisation.id} />
      </SectionCard>
    </Stack>
  );
}

interface ContactsSectionProps {
  regionId: string;
  organisation: WithId<Organisation>;
  regionSearch: string;
  uid: string;
}

function ContactsSection({ regionId, organisation, regionSearch, uid }: ContactsSectionProps) {
  const { t } = useTranslation();
  const contacts = useContactList(regionId);
  const remove = useDeleteContact();
  const [editing, setEditing] = useState<WithId<Contact> | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WithId<Contact> | null>(null);
  const own = useMemo(() => (contacts.data ?? []).filter((contact) => contact.organisationId === organisation.id), [contacts.data, organisation.id]);
  const takenIds = useMemo(() => new Set((contacts.data ?? []).map((contact) => contact.id)), [contacts.data]);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync({ regionId, contactId: deleting.id });
      setDeleting(null);
    } catch {
      // Shown through the mutation's error state; the dialog stays open.
    }
  };

  return (
    <SectionCard
      title={t('network.contacts.title')}
      id="organisation-contacts"
      actions={
        <Group>
          <Button size="xs" variant="light" onClick={() => setEditing('new')}>
            {t('network.contacts.add')}
          </Button>
        </Group>
      }
    >
      {contacts.isPending ? (
        <PageLoader />
      ) : contacts.isError ? (
        <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : own.length === 0 ? (
        <EmptyState>{t('network.contacts.none')}</EmptyState>
      ) : (
        <ContactTable
          contacts={own}
          caption={t('network.contacts.title')}
          regionSearch={regionSearch}
          onEdit={(contact) => setEditing(contact)}
          onDelete={(contact) => {
            remove.reset();
            setDeleting(contact);
          }}
        />
      )}
      {editing && (
        <ContactDialog
          regionId={regionId}
          organisationId={organisation.id}
          uid={uid}
          contact={editing === 'new' ? null : editing}
          siblings={own}
          takenIds={takenIds}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('network.contacts.deleteTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('network.contacts.deleteConfirm', { name: deleting?.name ?? '' })}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => void confirmDelete()}>
              {t('network.contacts.deleteButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
