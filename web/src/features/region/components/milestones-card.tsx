import { Anchor, List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import { useFormat } from '../../../lib/format';
import { useRecentStarts } from '../api/list-recent-starts';

interface MilestonesCardProps {
  regionId: string;
  regionName: string;
  ownerName: (uid: string | null) => string | null;
}

/** Celebrates the region's newest starts: the moment the whole journey is for. */
export function MilestonesCard({ regionId, regionName, ownerName }: MilestonesCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const starts = useRecentStarts(regionId);
  const id = `milestones-${regionId}`;
  return (
    <SectionCard
      id={id}
      title={t('region.milestones.title')}
      actions={
        <Text size="sm" c="dimmed">
          {t('region.milestones.intro')}
        </Text>
      }
    >
      {starts.isPending ? (
        <PageLoader />
      ) : starts.isError ? (
        <ErrorAlert error={starts.error} onRetry={() => void starts.refetch()} />
      ) : starts.data.length === 0 ? (
        <Text c="dimmed">{t('region.milestones.none')}</Text>
      ) : (
        <List
          aria-label={t('region.milestones.caption', { region: regionName })}
          spacing="sm"
          icon={
            <ThemeIcon color="teal.8" size={24} radius="xl" aria-hidden>
              ★
            </ThemeIcon>
          }
        >
          {starts.data.map((start) => {
            const owner = ownerName(start.ownerUid);
            return (
              <List.Item key={start.id}>
                <Anchor component={Link} to={`/kandidaten/${start.id}`} fw={600}>
                  {start.name}
                </Anchor>{' '}
                {t('region.milestones.started')}{' '}
                <time dateTime={start.phaseSince.toISOString()}>{t('region.milestones.on', { date: format.date(start.phaseSince) })}</time>
                {owner && (
                  <Text span c="dimmed">
                    {' · '}
                    {t('region.milestones.with', { owner })}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </SectionCard>
  );
}
