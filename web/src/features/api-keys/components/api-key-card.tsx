import type { ApiKey } from '@koers/domain';
import { Badge, Button, Code, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { ApiCallTable } from './api-call-table';

interface ApiKeyCardProps {
  regionId: string;
  apiKey: WithId<ApiKey>;
  onRevoke: (key: WithId<ApiKey>) => void;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** One key: what it is, whether it still works, and (on request) its latest calls. */
export function ApiKeyCard({ regionId, apiKey, onRevoke }: ApiKeyCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const revoked = apiKey.revokedAt !== null;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId} data-testid="api-key">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {apiKey.name}
          </Title>
          <Badge color={revoked ? 'gray' : 'green'} variant={revoked ? 'outline' : 'light'} tt="none" size="lg">
            {revoked ? t('apiKeys.status.revoked') : t('apiKeys.status.active')}
          </Badge>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" m={0}>
          <Detail label={t('apiKeys.prefix')}>
            <Code>{apiKey.prefix}…</Code>
          </Detail>
          <Detail label={t('apiKeys.createdAt')}>{format.date(apiKey.createdAt)}</Detail>
          <Detail label={t('apiKeys.lastUsedAt')}>{apiKey.lastUsedAt ? format.dateTime(apiKey.lastUsedAt) : t('apiKeys.neverUsed')}</Detail>
          {apiKey.revokedAt && <Detail label={t('apiKeys.revokedAt')}>{format.dateTime(apiKey.revokedAt)}</Detail>}
        </SimpleGrid>
        <Group gap="sm">
          <Button variant="subtle" size="sm" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
            {open ? t('apiKeys.calls.hide') : t('apiKeys.calls.show')}
          </Button>
          {!revoked && (
            <Button variant="light" color="red" size="sm" onClick={() => onRevoke(apiKey)} aria-label={t('apiKeys.revoke.labelFor', { name: apiKey.name })}>
              {t('apiKeys.revoke.button')}
            </Button>
          )}
        </Group>
        <Collapse in={open} id={panelId}>
          {open && <ApiCallTable regionId={regionId} keyId={apiKey.id} keyName={apiKey.name} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}
