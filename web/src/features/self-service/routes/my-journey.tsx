import { Alert, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useFormat } from '../../../lib/format';
import { useSession } from '../../access/components/session-context';
import { MyMessagesCard } from '../../messaging/components/my-messages-card';
import { useRegion } from '../../region/api/get-region';
import { useMyDossier } from '../api/get-my-dossier';
import { JourneySteps } from '../components/journey-steps';

/** /mijn: the candidate's own start page: where they stand, who helps, what they agreed to. */
export function MyJourneyRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user, access } = useSession();
  const dossier = useMyDossier(access?.candidateId ?? null);
  const region = useRegion(dossier.data?.homeRegionId ?? null);

  if (dossier.isPending) return <PageLoader />;
  if (dossier.isError) return <ErrorAlert error={dossier.error} onRetry={() => void dossier.refetch()} />;
  const candidate = dossier.data;
  if (!candidate) {
    return (
      <Stack>
        <PageTitle>{t('selfService.title')}</PageTitle>
        <Alert color="gray">{t('selfService.noDossier')}</Alert>
      </Stack>
    );
  }
  const firstName = candidate.name.split(/\s+/)[0] ?? candidate.name;
  const consent = candidate.consent;
  const regionName = region.data?.name;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('selfService.greeting', { name: firstName })}</PageTitle>
        <Text>{t('selfService.intro')}</Text>
        {regionName && <Text c="dimmed">{t('selfService.region', { region: regionName })}</Text>}
      </Stack>

      {candidate.status !== 'active' && (
        <Alert color={candidate.status === 'started' ? 'green' : 'gray'} variant="light" role="status">
          {t(`selfService.status.${candidate.status}`)}
        </Alert>
      )}

      <MyMessagesCard uid={user.uid} />

      <SectionCard id="journey" title={t('selfService.journey')}>
        <JourneySteps phase={candidate.phase} status={candidate.status} />
      </SectionCard>

      <SectionCard id="adviser" title={t('selfService.adviser')}>
        <Text>{candidate.ownerUid ? t('selfService.adviserAssigned') : t('selfService.adviserNone')}</Text>
      </SectionCard>

      <SectionCard id="consent" title={t('selfService.consent')}>
        <List spacing="xs" listStyleType="none" p={0}>
          <ConsentItem
            ok={consent.privacy}
            label={t('selfService.privacy')}
            value={
              consent.privacy && consent.givenAt
                ? t('selfService.privacyGiven', { date: format.date(consent.givenAt) })
                : consent.withdrawnAt
                  ? t('selfService.privacyWithdrawn', { date: format.date(consent.withdrawnAt) })
                  : t('selfService.privacyMissing')
            }
          />
          <ConsentItem ok={consent.retainAfterProcess} label={t('selfService.retain')} value={consent.retainAfterProcess ? t('common.yes') : t('common.no')} />
          <ConsentItem
            ok={consent.shareWithOrganisations}
            label={t('selfService.share')}
            value={consent.shareWithOrganisations ? t('common.yes') : t('common.no')}
          />
        </List>
      </SectionCard>
    </Stack>
  );
}

function ConsentItem({ ok, label, value }: { ok: boolean; label: string; value: string }) {
  return (
    <List.Item
      icon={
        <ThemeIcon size={22} radius="xl" color={ok ? 'green' : 'gray'} aria-hidden>
          {ok ? '✓' : '–'}
        </ThemeIcon>
      }
    >
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      <Text span>{value}</Text>
    </List.Item>
  );
}
