import type { Activity } from '@koers/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
// The tasks feature's picker searches the region's candidates the way the candidate list does;
// it stays there because a shared component may not depend on a feature's queries.
import { CandidateSelect } from '../../tasks/components/candidate-select';
import { useRegisterCandidate, type RegisterCandidateResult } from '../api/register-candidate';
import { isFull, usePlacesLabel } from './activity-badges';
import { useNotify } from './use-notify';

interface RegisterCandidateProps {
  regionId: string;
  activity: WithId<Activity>;
}

/**
 * An adviser registers a candidate of the region. When the activity is full the adviser is
 * told before registering and may still do so: overbooking is their call (a shadow day
 * school may take one more), the count then shows more registrations than places.
 */
export function RegisterCandidate({ regionId, activity }: RegisterCandidateProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const register = useRegisterCandidate();
  const notify = useNotify();
  const [candidateId, setCandidateId] = useState('');
  const [missing, setMissing] = useState(false);
  const [outcome, setOutcome] = useState<RegisterCandidateResult | null>(null);
  const full = isFull(activity);
  const places = usePlacesLabel();

  const submit = () => {
    setOutcome(null);
    if (!candidateId) {
      setMissing(true);
      return;
    }
    register.mutate(
      { regionId, activityId: activity.id, candidateId, uid: user.uid },
      {
        onSuccess: (result) => {
          setOutcome(result);
          if (result.outcome === 'registered' || result.outcome === 'reregistered') {
            notify('green', t(`activities.register.${result.outcome}`));
            setCandidateId('');
          }
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      {full && (
        <Alert color="red" variant="light" title={t('activities.register.fullTitle')}>
          <Text size="sm">{t('activities.register.fullBody', { places: places(activity) })}</Text>
        </Alert>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 260px', minWidth: 0 }}>
          <CandidateSelect
            regionId={regionId}
            label={t('activities.register.candidate')}
            value={candidateId}
            onChange={(next) => {
              setCandidateId(next);
              setMissing(false);
              setOutcome(null);
            }}
            initial={null}
            error={missing ? t('activities.register.chooseCandidate') : undefined}
          />
        </div>
        <Button onClick={submit} loading={register.isPending}>
          {full ? t('activities.register.submitAnyway') : t('activities.register.submit')}
        </Button>
      </Group>
      {register.isError && <ErrorAlert error={register.error} />}
      {outcome?.outcome === 'already' && (
        <Alert color="blue" variant="light" role="status">
          {t('activities.register.already', { status: t(`vocab.registrationStatus.${outcome.status}`) })}
        </Alert>
      )}
      {outcome?.outcome === 'noEmail' && (
        <Alert color="red" variant="light" role="alert">
          {t('activities.register.noEmail')}
        </Alert>
      )}
    </Stack>
  );
}
