import type { CandidateIndexEntry } from '@koers/domain';
import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WithId } from '../../../lib/firestore';
import { planCandidateList, type CandidateListFilters } from '../api/candidate-list-spec';
import { useArrivals } from '../api/list-arrivals';

/** Server timestamps are compared with this device's clock: allow for a clock that runs ahead. */
const clockMarginMs = 2 * 60_000;

interface NewArrivalsProps {
  regionId: string;
  filters: CandidateListFilters;
  /** When the loaded pages were fetched. */
  loadedAt: number;
  loadedIds: ReadonlySet<string>;
  onRefresh: () => void;
  refreshing: boolean;
}

/** Candidates that arrived (website, API, a colleague) since the list was loaded, live. */
export function NewArrivals({ regionId, filters, loadedAt, loadedIds, onRefresh, refreshing }: NewArrivalsProps) {
  const { t } = useTranslation();
  const arrivals = useArrivals(regionId, new Date(loadedAt - clockMarginMs));
  // Shown once: after "update list" they are in the list (or filtered or paged out of it).
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const { matches } = planCandidateList(regionId, filters);
  const now = new Date();
  const fresh = (arrivals.data ?? []).filter(
    (entry: WithId<CandidateIndexEntry>) => !loadedIds.has(entry.id) && !acknowledged.has(entry.id) && matches(entry, now),
  );
  const refresh = () => {
    setAcknowledged(new Set([...acknowledged, ...fresh.map((entry) => entry.id)]));
    onRefresh();
  };
  return (
    <div aria-live="polite">
      {fresh.length > 0 && (
        <Alert variant="light" color="blue" title={t('candidateList.arrivals.title', { count: fresh.length })} data-testid="new-arrivals">
          <List size="sm" spacing={2} mb="xs">
            {fresh.map((entry) => (
              <List.Item key={entry.id}>
                <Anchor component={Link} to={`/kandidaten/${entry.id}`}>
                  {entry.name}
                </Anchor>{' '}
                <Text span size="xs">
                  ({t(`vocab.source.${entry.source}`)})
                </Text>
              </List.Item>
            ))}
          </List>
          <Group>
            <Button size="xs" loading={refreshing} onClick={refresh}>
              {t('candidateList.arrivals.refresh')}
            </Button>
          </Group>
        </Alert>
      )}
    </div>
  );
}
