import { searchKey } from '@koers/domain';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useCandidateList } from '../../candidate-list/api/list-candidates';

interface CandidatePickerProps {
  regionId: string;
  /** The dossier being merged, left out of the results. */
  excludeId: string;
  onPick: (candidateId: string) => void;
}

/** Finds the other dossier by name, e-mail, phone, postcode or place: the candidate list's search. */
export function CandidatePicker({ regionId, excludeId, onPick }: CandidatePickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  return (
    <Stack gap="sm">
      <TextInput
        label={t('merge.search.label')}
        description={t('candidateList.search.hint')}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maw={480}
      />
      {searchKey(debounced) && <SearchResults regionId={regionId} q={debounced} excludeId={excludeId} onPick={onPick} />}
    </Stack>
  );
}

function SearchResults({ regionId, q, excludeId, onPick }: { regionId: string; q: string; excludeId: string; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useCandidateList(regionId, { q });
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data.pages.flatMap((page) => page.rows).filter((row) => row.id !== excludeId);
  if (rows.length === 0) return <EmptyState>{t('merge.search.empty')}</EmptyState>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('merge.search.results')}>
      {rows.slice(0, 10).map((row) => (
        <Paper component="li" key={row.id} withBorder p="sm" radius="sm">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Stack gap={0}>
              <Text fw={600}>{row.name}</Text>
              <Text size="sm" c="dimmed">
                {[row.email, row.phone, row.place].filter(Boolean).join(' · ') || t('common.none')}
              </Text>
            </Stack>
            <Button size="xs" variant="light" onClick={() => onPick(row.id)} aria-label={t('merge.search.pickNamed', { name: row.name })}>
              {t('merge.search.pick')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
