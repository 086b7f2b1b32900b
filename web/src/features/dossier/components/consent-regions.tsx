import type { Consent } from '@koers/domain';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useRegions } from '../../region/api/get-region';

/** The candidate's own decision per region (self-service), each with its time; newest first. */
export function ConsentRegions({ regions }: { regions: NonNullable<Consent['regions']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = Object.entries(regions).sort(([, a], [, b]) => b.at.getTime() - a.at.getTime());
  const names = useRegions(entries.map(([regionId]) => regionId));
  if (entries.length === 0) return <Text size="sm">{t('privacyRequests.consentRegions.none')}</Text>;
  return (
    <List size="sm" spacing={4} aria-label={t('privacyRequests.consentRegions.title')}>
      {entries.map(([regionId, decision], index) => (
        <List.Item key={regionId}>
          {t(decision.given ? 'privacyRequests.consentRegions.given' : 'privacyRequests.consentRegions.withdrawn', {
            region: names[index]?.data?.name ?? regionId,
            date: format.date(decision.at),
          })}
        </List.Item>
      ))}
    </List>
  );
}
