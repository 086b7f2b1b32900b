import { Accordion, Alert, Badge, Box, Button, Code, Container, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../../components/brand-mark';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { LanguageSwitch } from '../../../components/language-switch';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SkipLink } from '../../../components/skip-link';
import { env } from '../../../lib/env';
import { useFormat } from '../../../lib/format';
import { DevMailboxUnavailableError, useDevMail, type DevMail } from '../api/list-dev-mail';

const stateColors: Record<string, string> = { PENDING: 'gray', PROCESSING: 'blue', SUCCESS: 'green', ERROR: 'red' };

/**
 * /dev/mailbox: what Koers would have e-mailed, for developers on the emulators. No sign-in:
 * the endpoint itself only exists on the emulator.
 */
export function DevMailboxRoute() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh">
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" h={60} px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <BrandMark />
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size="md" py="lg" px="md">
        <Stack gap="md">
          <Stack gap={4}>
            <PageTitle>{t('mailbox.title')}</PageTitle>
            <Text c="dimmed">{t('mailbox.intro')}</Text>
          </Stack>
          {env.VITE_USE_EMULATORS ? <Mailbox /> : <Unavailable />}
        </Stack>
      </Container>
    </Box>
  );
}

function Unavailable() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('mailbox.unavailableTitle')}>
      {t('mailbox.unavailable')}
    </Alert>
  );
}

function Mailbox() {
  const { t } = useTranslation();
  const mail = useDevMail();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {mail.data ? t('mailbox.count', { count: mail.data.length }) : ''}
        </Text>
        <Button variant="light" onClick={() => void mail.refetch()} loading={mail.isFetching}>
          {t('mailbox.refresh')}
        </Button>
      </Group>
      {mail.isPending ? (
        <PageLoader />
      ) : mail.isError ? (
        mail.error instanceof DevMailboxUnavailableError ? (
          <Unavailable />
        ) : (
          <ErrorAlert error={mail.error} onRetry={() => void mail.refetch()} />
        )
      ) : mail.data.length === 0 ? (
        <EmptyState>{t('mailbox.empty')}</EmptyState>
      ) : (
        <Accordion variant="separated" multiple chevronPosition="left" aria-label={t('mailbox.listLabel')}>
          {mail.data.map((item) => (
            <MailItem key={item.id} mail={item} />
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function MailItem({ mail }: { mail: DevMail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Accordion.Item value={mail.id}>
      <Accordion.Control>
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm">
              {mail.subject || t('mailbox.noSubject')}
            </Text>
            <Badge size="sm" variant="light" color={stateColors[mail.state] ?? 'gray'}>
              {mail.state}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t('mailbox.to', { to: mail.to.join(', ') || '—' })}
            {mail.createdAt && (
              <>
                {' · '}
                <time dateTime={mail.createdAt.toISOString()}>{format.dateTime(mail.createdAt)}</time>
              </>
            )}
          </Text>
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          {mail.error && (
            <Alert color="red" variant="light" title={t('mailbox.error')}>
              {mail.error}
            </Alert>
          )}
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {mail.text}
          </Code>
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
