import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presenceHeartbeatMs, presenceWindowMs, usePresence } from '../api/list-presence';
import { announcePresence, withdrawPresence } from '../api/write-presence';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/**
 * Announces that the signed-in person has this dossier open (refreshed every 20 s, removed
 * on leaving) and shows who else has it open now.
 */
export const PresenceBar = memo(PresenceBarView);

function PresenceBarView({ candidateId, uid, displayName }: { candidateId: string; uid: string; displayName: string }) {
  const { t } = useTranslation();
  const presence = usePresence(candidateId);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const beat = () => {
      setNow(Date.now());
      announcePresence(candidateId, uid, displayName).catch((error: unknown) => console.warn('presence', error));
    };
    beat();
    const timer = window.setInterval(beat, presenceHeartbeatMs);
    const leave = () => void withdrawPresence(candidateId, uid).catch(() => undefined);
    window.addEventListener('pagehide', leave);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [candidateId, uid, displayName]);

  const others = (presence.data ?? []).filter((entry) => entry.id !== uid && now - entry.at.getTime() < presenceWindowMs);
  if (others.length === 0) return null;

  return (
    <Group gap="xs" aria-live="polite" data-testid="presence">
      <Text size="sm" c="dimmed">
        {t('dossier.presence.alsoViewing')}
      </Text>
      <Avatar.Group>
        {others.map((entry) => (
          <Tooltip key={entry.id} label={entry.displayName} withArrow>
            <Avatar radius="xl" size="sm" color="indigo" aria-hidden>
              {initials(entry.displayName)}
            </Avatar>
          </Tooltip>
        ))}
      </Avatar.Group>
      <Text size="sm">{others.map((entry) => entry.displayName).join(', ')}</Text>
    </Group>
  );
}
