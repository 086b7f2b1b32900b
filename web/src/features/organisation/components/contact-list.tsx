import type { Contact } from '@koers/domain';
import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import type { WithId } from '../../../lib/firestore';

/** The organisation's contact persons as the region keeps them (the region edits them). */
export function ContactList({ contacts }: { contacts: WithId<Contact>[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <EmptyState>{t('organisation.contacts.empty')}</EmptyState>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {[...contacts]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((contact) => (
          <Paper key={contact.id} component="li" withBorder p="sm" radius="md">
            <Stack gap={2}>
              <Text fw={600}>{contact.name}</Text>
              {contact.jobTitle && (
                <Text size="sm" c="dimmed">
                  {contact.jobTitle}
                </Text>
              )}
              {contact.email && (
                <Anchor size="sm" href={`mailto:${contact.email}`} style={{ overflowWrap: 'anywhere' }}>
                  {contact.email}
                </Anchor>
              )}
              {contact.phone && (
                <Anchor size="sm" href={`tel:${contact.phone.replace(/\s/g, '')}`}>
                  {contact.phone}
                </Anchor>
              )}
            </Stack>
          </Paper>
        ))}
    </SimpleGrid>
  );
}
