import type { PrivacyRequest } from '@koers/domain';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useCandidateName } from '../api/get-candidate-name';
import { deadlineOf } from '../api/privacy-deadline';
import { HandleRequestDialog } from './handle-request-dialog';

interface RequestItemProps {
  request: WithId<PrivacyRequest>;
  regionId: string;
  uid: string;
  /** A handler's name by uid (handled requests). */
  nameOf: (uid: string) => string;
}

// Shade-9 text on white and white on red-9 keep WCAG AA contrast (orange and yellow do not).
const statusColour = { open: 'blue', done: 'green', rejected: 'gray' } as const;

/** One request: what, from whom, when, its deadline, and how it was handled (or the way to handle it). */
export function RequestItem({ request, regionId, uid, nameOf }: RequestItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // An erased dossier has no name left to read (its index entry went with it), nor a page to link to.
  const erased = request.erasedAt !== undefined;
  const name = useCandidateName(regionId, request.candidateId, { enabled: !erased });
  const [handling, setHandling] = useState(false);
  const who = erased ? t('privacyRequests.erasedCandidate') : (name.data ?? t('privacyRequests.unknownCandidate'));
  const kind = t(`privacyRequests.kinds.${request.kind}`);
  const label = t('privacyRequests.itemLabel', { kind, name: who });
  const deadline = deadlineOf(request.requestedAt);
  const open = request.status === 'open';

  return (
    <Paper component="li" withBorder p="sm" radius="sm" aria-label={label}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="xs">
            <Badge variant="light" color="blue">
              {kind}
            </Badge>
            {erased ? (
              <Text size="sm" fw={600}>
                {who}
              </Text>
            ) : (
              <Anchor component={Link} to={`/kandidaten/${request.candidateId}`} size="sm" fw={600}>
                {who}
              </Anchor>
            )}
          </Group>
          <Badge variant="light" color={statusColour[request.status]}>
            {t(`privacyRequests.statuses.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('privacyRequests.requestedAt', { date: format.date(request.requestedAt) })}</Text>
        {open ? (
          <Group gap="xs">
            <Text size="sm" fw={deadline.state === 'ok' ? undefined : 700} c={deadline.state === 'overdue' ? 'red.9' : undefined}>
              {t('privacyRequests.deadline', { date: format.date(deadline.at) })}
            </Text>
            {deadline.state !== 'ok' && (
              <Badge color="red" variant={deadline.state === 'overdue' ? 'filled' : 'outline'}>
                {deadline.state === 'overdue' ? t('privacyRequests.overdue') : t('privacyRequests.daysLeft', { count: Math.max(0, deadline.daysLeft) })}
              </Badge>
            )}
          </Group>
        ) : (
          <Text size="sm">
            {t('privacyRequests.handledBy', { date: request.handledAt ? format.date(request.handledAt) : t('common.none'), name: request.handledBy ? nameOf(request.handledBy) : t('common.none') })}
          </Text>
        )}
        {request.erasedAt && <Text size="sm">{t('privacyRequests.erasedAt', { date: format.date(request.erasedAt) })}</Text>}
        {request.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {t('privacyRequests.noteLabel')} {request.note}
          </Text>
        )}
        {open && (
          <Group>
            <Button size="xs" variant="light" onClick={() => setHandling(true)} aria-label={t('privacyRequests.handle.openNamed', { label })}>
              {t('privacyRequests.handle.open')}
            </Button>
            <HandleRequestDialog
              opened={handling}
              onClose={() => setHandling(false)}
              regionId={regionId}
              requestId={request.id}
              uid={uid}
              kind={request.kind}
              title={label}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
