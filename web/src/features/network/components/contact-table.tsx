import type { Contact, Organisation } from '@koers/domain';
import { ActionIcon, Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { WithId } from '../../../lib/firestore';

interface ContactTableProps {
  contacts: ReadonlyArray<WithId<Contact>>;
  caption: string;
  /** When given, a column with each contact's organisation (linked). */
  organisations?: ReadonlyMap<string, WithId<Organisation>>;
  regionSearch: string;
  onEdit?: (contact: WithId<Contact>) => void;
  onDelete?: (contact: WithId<Contact>) => void;
}

/** Contact persons: name, role, organisation, e-mail and phone (mail and phone are links). */
export function ContactTable({ contacts, caption, organisations, regionSearch, onEdit, onDelete }: ContactTableProps) {
  const { t } = useTranslation();
  const actions = Boolean(onEdit || onDelete);
  return (
    <DataTable caption={caption} minWidth={organisations ? 720 : 560} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('network.columns.contactName')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.jobTitle')}</Table.Th>
          {organisations && <Table.Th scope="col">{t('network.columns.organisation')}</Table.Th>}
          <Table.Th scope="col">{t('network.columns.email')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.phone')}</Table.Th>
          {actions && (
            // Positioned, so the hidden label stays inside the scroll container instead of widening the page.
            <Table.Th scope="col" pos="relative">
              <VisuallyHidden>{t('network.columns.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact) => {
          const organisation = organisations?.get(contact.organisationId);
          return (
            <Table.Tr key={contact.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {contact.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{contact.jobTitle || t('common.none')}</Text>
              </Table.Td>
              {organisations && (
                <Table.Td>
                  {organisation ? (
                    <Anchor component={Link} to={`/netwerk/organisaties/${organisation.id}${regionSearch}`} size="sm">
                      {organisation.name}
                    </Anchor>
                  ) : (
                    <Text size="sm">{t('common.none')}</Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                {contact.email ? (
                  <Anchor href={`mailto:${contact.email}`} size="sm">
                    {contact.email}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('common.none')}</Text>
                )}
              </Table.Td>
              <Table.Td>
                {contact.phone ? (
                  <Anchor href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {contact.phone}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('common.none')}</Text>
                )}
              </Table.Td>
              {actions && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {onEdit && (
                      <ActionIcon variant="subtle" aria-label={t('network.contacts.edit', { name: contact.name })} onClick={() => onEdit(contact)}>
                        <EditIcon />
                      </ActionIcon>
                    )}
                    {onDelete && (
                      <ActionIcon variant="subtle" color="red" aria-label={t('network.contacts.delete', { name: contact.name })} onClick={() => onDelete(contact)}>
                        <DeleteIcon />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}

function EditIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M4 20h4L19 9l-4-4L4 16z" />
    </svg>
  );
}

function DeleteIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M5 7h14M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
    </svg>
  );
}
