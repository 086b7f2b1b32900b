import type { IntakeRouting } from '@koers/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useRegion } from '../../region/api/get-region';
import { useHandOverCandidate } from '../api/hand-over-candidate';

interface HandoverSuggestionProps {
  candidateId: string;
  homeRegionId: string;
  routing: IntakeRouting;
}

/**
 * The candidate lives in another region's service area: one click (and a confirmation, since
 * this region loses the dossier) hands it over; "ignore" keeps it here.
 */
export function HandoverSuggestion({ candidateId, homeRegionId, routing }: HandoverSuggestionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const target = useRegion(routing.suggestedRegionId);
  const handOver = useHandOverCandidate(candidateId);
  const [confirming, setConfirming] = useState(false);
  const region = target.data?.name ?? routing.suggestedRegionId;

  const run = (action: 'hand_over' | 'dismiss') =>
    handOver.mutate(
      { candidateId, action, fromRegionId: homeRegionId },
      {
        onSuccess: () => {
          if (action === 'dismiss') {
            notifications.show({ color: 'gray', message: t('dossier.handover.dismissed') });
            return;
          }
          notifications.show({ color: 'green', message: t('dossier.handover.done', { region }) });
          // This region no longer sees the dossier: back to the list rather than a permission error.
          void navigate('/kandidaten', { replace: true });
        },
        onSettled: () => setConfirming(false),
      },
    );

  // Wait for the region's name rather than flash its id.
  if (target.isPending) return null;
  return (
    <Alert color="blue" variant="light" title={t('dossier.handover.title')} aria-live="polite">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('dossier.handover.suggestion', { municipality: routing.municipality, region })}</Text>
        {confirming ? (
          <>
            <Text size="sm" fw={500}>
              {t('dossier.handover.confirm', { region })}
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => run('hand_over')} loading={handOver.isPending}>
                {t('dossier.handover.confirmAction')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirming(false)} disabled={handOver.isPending}>
                {t('common.cancel')}
              </Button>
            </Group>
          </>
        ) : (
          <Group gap="xs">
            <Button size="xs" onClick={() => setConfirming(true)}>
              {t('dossier.handover.action')}
            </Button>
            <Button size="xs" variant="default" onClick={() => run('dismiss')} loading={handOver.isPending}>
              {t('dossier.handover.dismiss')}
            </Button>
          </Group>
        )}
        {handOver.isError && <ErrorAlert error={handOver.error} messages={{ 'failed-precondition': t('dossier.handover.stale') }} />}
      </Stack>
    </Alert>
  );
}
