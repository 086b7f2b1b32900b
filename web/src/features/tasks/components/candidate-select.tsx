import { searchKey } from '@koers/domain';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateListQueryOptions } from '../../candidate-list/api/list-candidates';

export interface CandidateOption {
  value: string;
  label: string;
}

interface CandidateSelectProps {
  regionId: string;
  label: string;
  value: string;
  onChange: (candidateId: string) => void;
  /** The candidate chosen before the form opened (from the board or a dossier). */
  initial: CandidateOption | null;
  error?: string;
}

/** Picks a candidate of the region by typing any part of a name, e-mail, phone or place: the candidate list's search. */
export function CandidateSelect({ regionId, label, value, onChange, initial, error }: CandidateSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<CandidateOption | null>(initial);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Typing the chosen option's own label is not a new search.
  const q = chosen && debounced === chosen.label ? '' : debounced;
  const key = searchKey(q);
  const results = useInfiniteQuery({ ...candidateListQueryOptions(regionId, { q }), enabled: key !== null });
  const found: CandidateOption[] = (results.data?.pages.flatMap((page) => page.rows) ?? [])
    .slice(0, 10)
    .map((row) => ({ value: row.id, label: row.place ? `${row.name} · ${row.place}` : row.name }));
  const options = chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;

  return (
    <Select
      label={label}
      description={t('tasks.form.candidateHint')}
      placeholder={t('tasks.form.candidatePlaceholder')}
      searchable
      clearable
      data={options}
      value={value || null}
      onChange={(next, option) => {
        setChosen(next ? { value: next, label: option.label } : null);
        onChange(next ?? '');
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // Firestore already searched; Mantine must not filter the results again by label.
      filter={({ options: all }) => all}
      nothingFoundMessage={key === null ? t('tasks.form.candidateTypeMore') : results.isFetching ? t('common.loading') : t('tasks.form.candidateNone')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
