import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useInviteCandidate } from '../api/invite-candidate';

/**
 * "Uitnodiging sturen": for a dossier with an e-mail address and no account yet, sends the
 * candidate the e-mail that lets them sign in to their own overview.
 */
export function InviteCandidate({ candidateId, email }: { candidateId: string; email: string }) {
  const { t } = useTranslation();
  const invite = useInviteCandidate(candidateId);
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t('nextSteps.invite.hint', { email })}</Text>
      <Button
        variant="light"
        size="sm"
        loading={invite.isPending}
        loaderProps={{ 'aria-label': t('nextSteps.invite.sending') }}
        onClick={() => invite.mutate({ candidateId })}
      >
        {invite.isSuccess ? t('nextSteps.invite.again') : t('nextSteps.invite.send')}
      </Button>
      <div aria-live="polite">
        {invite.isSuccess && (
          <Alert color="green" variant="light" title={t('nextSteps.invite.sentTitle')}>
            {t('nextSteps.invite.sent', { email })}
          </Alert>
        )}
      </div>
      {invite.isError && <ErrorAlert error={invite.error} />}
    </Stack>
  );
}
