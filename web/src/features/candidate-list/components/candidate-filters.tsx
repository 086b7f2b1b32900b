import {
  boardColumns,
  candidateSources,
  jobFunctions,
  priorEducationLevels,
  qualifications,
  sectors,
  subjects,
  type Member,
} from '@koers/domain';
import { Button, Checkbox, Collapse, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithId } from '../../../lib/firestore';
import { candidateSorts, type CandidateListFilters } from '../api/candidate-list-spec';

interface CandidateFiltersProps {
  filters: CandidateListFilters;
  onChange: (patch: Partial<CandidateListFilters>) => void;
  onClear: () => void;
  owners: readonly WithId<Member>[];
}

/** Search box, filters and sort of the candidate list; every change goes into the URL. */
export function CandidateFilters({ filters, onChange, onClear, owners }: CandidateFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.q ?? '');
  const [older, setOlder] = useState<string | number>(filters.olderThan ?? '');
  // A saved view or "clear" changes the URL from outside: follow it (adjusting state while
  // rendering, not in an effect).
  const [seen, setSeen] = useState({ q: filters.q, olderThan: filters.olderThan });
  if (seen.q !== filters.q || seen.olderThan !== filters.olderThan) {
    setSeen({ q: filters.q, olderThan: filters.olderThan });
    if ((filters.q ?? '') !== search.trim()) setSearch(filters.q ?? '');
    if ((filters.olderThan ?? '') !== older) setOlder(filters.olderThan ?? '');
  }
  const pushSearch = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);
  const pushOlder = useDebouncedCallback((value: string | number) => onChange({ olderThan: typeof value === 'number' && value > 0 ? value : undefined }), 300);

  // On a phone the less-used filters fold away (open when one of them is set); on wider screens they show.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const secondary = (['sectors', 'functions', 'qualifications', 'subjects', 'priorEducation', 'source', 'tags', 'olderThan', 'shared'] as const).filter(
    (key) => filters[key] !== undefined,
  ).length;
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const showMore = wide || (expanded ?? secondary > 0);
  const moreId = useId();
  const all = { value: '', label: t('candidateList.filters.all') };
  const options = {
    column: boardColumns.map((value) => ({ value, label: t(`vocab.boardColumn.${value}`) })),
    source: candidateSources.map((value) => ({ value, label: t(`vocab.source.${value}`) })),
    priorEducation: priorEducationLevels.map((value) => ({ value, label: t(`vocab.priorEducation.${value}`) })),
    sectors: sectors.map((value) => ({ value, label: t(`vocab.sector.${value}`) })),
    functions: jobFunctions.map((value) => ({ value, label: t(`vocab.jobFunction.${value}`) })),
    qualifications: qualifications.map((value) => ({ value, label: t(`vocab.qualification.${value}`) })),
    subjects: subjects.map((value) => ({ value, label: t(`vocab.subject.${value}`) })),
  };
  const select = (key: keyof typeof options) => (
    <NativeSelect
      label={t(`candidateList.filters.${key}`)}
      data={[all, ...options[key]]}
      value={filters[key] ?? ''}
      onChange={(event) => onChange({ [key]: event.currentTarget.value || undefined })}
    />
  );

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label={t('candidateList.search.label')}
        description={t('candidateList.search.hint')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          pushSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            pushSearch.cancel();
            onChange({ q: search.trim() || undefined });
          }
        }}
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {select('column')}
        <NativeSelect
          label={t('candidateList.filters.owner')}
          data={[all, ...owners.map((owner) => ({ value: owner.uid, label: owner.displayName }))]}
          value={filters.owner ?? ''}
          onChange={(event) => onChange({ owner: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('candidateList.sort.label')}
          data={candidateSorts.map((sort) => ({ value: sort, label: t(`candidateList.sort.${sort}`) }))}
          value={filters.sort ?? 'name'}
          onChange={(event) => onChange({ sort: event.currentTarget.value === 'name' ? undefined : (event.currentTarget.value as CandidateListFilters['sort']) })}
        />
      </SimpleGrid>
      <Button
        variant="subtle"
        hiddenFrom="sm"
        aria-expanded={showMore}
        aria-controls={moreId}
        onClick={() => setExpanded(!showMore)}
        style={{ alignSelf: 'flex-start' }}
      >
        {showMore ? t('candidateList.filters.fewer') : secondary > 0 ? t('candidateList.filters.moreActive', { count: secondary }) : t('candidateList.filters.more')}
      </Button>
      <Collapse in={showMore} id={moreId}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {select('sectors')}
            {select('functions')}
            {select('qualifications')}
            {select('subjects')}
            {select('priorEducation')}
            {select('source')}
            <TextInput
              key={filters.tags ?? ''}
              label={t('candidateList.filters.tags')}
              defaultValue={filters.tags ?? ''}
              onBlur={(event) => onChange({ tags: event.currentTarget.value.trim() || undefined })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onChange({ tags: event.currentTarget.value.trim() || undefined });
              }}
            />
            <NumberInput
              label={t('candidateList.filters.olderThan')}
              min={1}
              max={3650}
              allowDecimal={false}
              value={older}
              onChange={(value) => {
                setOlder(value);
                pushOlder(value);
              }}
            />
          </SimpleGrid>
          <Checkbox
            label={t('candidateList.filters.shared')}
            checked={filters.shared === '1'}
            onChange={(event) => onChange({ shared: event.currentTarget.checked ? '1' : undefined })}
          />
        </Stack>
      </Collapse>
      <Group justify="flex-end">
        <Button
          variant="subtle"
          onClick={() => {
            setSearch('');
            setOlder('');
            onClear();
          }}
        >
          {t('candidateList.filters.clear')}
        </Button>
      </Group>
    </Stack>
  );
}
