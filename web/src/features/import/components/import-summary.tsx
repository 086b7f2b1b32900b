import type { ImportAction } from '@koers/domain';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionColor, actionOrder } from './import-report';

/** Counts per outcome as a row of labels ("12 nieuw", "2 ongeldig", …); zero counts are left out. */
export function ImportSummary({ counts }: { counts: Record<ImportAction, number> }) {
  const { t } = useTranslation();
  const present = actionOrder.filter((action) => counts[action] > 0);
  return (
    <Group gap="xs" component="ul" aria-label={t('importCandidates.preview.summaryTitle')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {present.map((action) => (
        <li key={action}>
          <Badge size="lg" variant="light" radius="sm" tt="none" color={actionColor[action]}>
            {t(`importCandidates.counts.${action}`, { count: counts[action] })}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
