import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../../components/section-card';
import { useMyThreads } from '../api/list-my-threads';
import { unreadTotal } from '../messaging-helpers';

/** On the candidate's /mijn page: how many messages wait, and the way to them. */
export function MyMessagesCard({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const threads = useMyThreads(uid, 'candidate');
  const unread = unreadTotal(threads.data ?? [], uid);
  return (
    <SectionCard id="my-messages" title={t('messaging.myCard.title')}>
      <Group justify="space-between" gap="sm">
        <Text fw={unread > 0 ? 700 : undefined}>{unread > 0 ? t('messaging.myCard.unread', { count: unread }) : t('messaging.myCard.none')}</Text>
        <Button component={Link} to="/mijn/berichten" variant={unread > 0 ? 'filled' : 'default'}>
          {t('messaging.myCard.open')}
        </Button>
      </Group>
    </SectionCard>
  );
}
