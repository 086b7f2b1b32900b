import { organisationTypes, sectors, type Contact, type Organisation, type Programme } from '@koers/domain';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import type { WithId } from '../../../lib/firestore';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useRegions } from '../../region/api/get-region';
import { useOrganisationList } from '../../region/api/list-organisations';
import { useContactList } from '../api/list-contacts';
import { useProgrammeList } from '../api/list-programmes';
import { ContactTable } from '../components/contact-table';
import {
  contactMatches,
  filtersFromSearch,
  networkTabs,
  organisationMatches,
  placesOf,
  programmeMatches,
  type NetworkFilters,
  type NetworkTab,
} from '../components/network-filters';
import { OrganisationTable } from '../components/organisation-table';
import { ProgrammeTable } from '../components/programme-table';

/** /netwerk: the region's organisations, contact persons and training programmes at a glance (staff). */
export function NetworkOverviewRoute() {
  const { t } = useTranslation();
  const { regionIds, regionId, setRegionId, regionSearch } = useStaffRegion();
  const regions = useRegions(regionIds);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('network.title')}</PageTitle>
        <Text c="dimmed">{t('network.intro')}</Text>
      </Stack>
      <Group gap="sm">
        <Button component={Link} to={`/netwerk/organisaties/nieuw${regionSearch}`}>
          {t('network.newOrganisation')}
        </Button>
        <Button component={Link} to={`/netwerk/importeren${regionSearch}`} variant="default">
          {t('network.import.link')}
        </Button>
      </Group>
      {regionIds.length > 1 && (
        <NativeSelect
          label={t('network.region')}
          maw={360}
          data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
          value={regionId ?? ''}
          onChange={(event) => setRegionId(event.currentTarget.value)}
        />
      )}
      {regionId ? <NetworkOverview key={regionId} regionId={regionId} regionSearch={regionSearch} /> : <Text>{t('network.noRegion')}</Text>}
    </Stack>
  );
}

function NetworkOverview({ regionId, regionSearch }: { regionId: string; regionSearch: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const tab: NetworkTab = (networkTabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as NetworkTab) : 'organisaties';
  // A region has ~15 organisations, a few dozen contacts and a handful of programmes: each
  // collection is read whole by one live listener and filtered here, which costs fewer reads
  // than a query per filter change and needs no composite indexes.
  const organisations = useOrganisationList(regionId);
  const contacts = useContactList(regionId);
  const programmes = useProgrammeList(regionId);

  // Filters changed in quick succession build on each other, not on the URL of the last render.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [params]);
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(pending.current ?? params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    pending.current = next;
    setParams(next, { replace: true });
  };

  const byId = useMemo(() => new Map((organisations.data ?? []).map((organisation) => [organisation.id, organisation])), [organisations.data]);

  if (organisations.isPending) return <PageLoader />;
  if (organisations.isError) return <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />;

  const shownOrganisations = organisations.data.filter((organisation) => organisationMatches(organisation, filters));
  const shownContacts = (contacts.data ?? []).filter((contact) => contactMatches(contact, byId.get(contact.organisationId), filters));
  const shownProgrammes = (programmes.data ?? []).filter((programme) => programmeMatches(programme, byId.get(programme.organisationId), filters));
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Stack gap="md">
      <FilterBar filters={filters} places={placesOf(organisations.data)} onChange={update} />
      <Text role="status" aria-live="polite" size="sm">
        {t('network.shown', { organisations: shownOrganisations.length, contacts: shownContacts.length, programmes: shownProgrammes.length })}
      </Text>
      <Tabs value={tab} onChange={(value) => update({ tab: value === 'organisaties' ? undefined : (value ?? undefined) })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="organisaties">{t('network.tabs.organisations', { count: shownOrganisations.length })}</Tabs.Tab>
          <Tabs.Tab value="contacten">{t('network.tabs.contacts', { count: shownContacts.length })}</Tabs.Tab>
          <Tabs.Tab value="opleidingen">{t('network.tabs.programmes', { count: shownProgrammes.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="organisaties" pt="md">
          <OrganisationsPanel organisations={shownOrganisations} filtered={filtered} regionSearch={regionSearch} />
        </Tabs.Panel>
        <Tabs.Panel value="contacten" pt="md">
          <ListState query={contacts}>
            <ContactsPanel contacts={shownContacts} organisations={byId} filtered={filtered} regionSearch={regionSearch} />
          </ListState>
        </Tabs.Panel>
        <Tabs.Panel value="opleidingen" pt="md">
          <ListState query={programmes}>
            <ProgrammesPanel programmes={shownProgrammes} institutes={byId} filtered={filtered} regionSearch={regionSearch} />
          </ListState>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ListState({ query, children }: { query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }; children: ReactNode }) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return children;
}

function FilterBar({ filters, places, onChange }: { filters: NetworkFilters; places: string[]; onChange: (patch: Record<string, string | undefined>) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.q ?? '');
  // "Clear filters" changes the URL from outside: follow it (adjusting state while rendering).
  const [seen, setSeen] = useState(filters.q);
  if (seen !== filters.q) {
    setSeen(filters.q);
    if ((filters.q ?? '') !== search.trim()) setSearch(filters.q ?? '');
  }
  const pushSearch = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 250);
  const all = { value: '', label: t('network.filters.all') };
  const active = Object.values(filters).some(Boolean);

  return (
    <Stack gap="sm" component="form" role="search" aria-label={t('network.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <TextInput
        type="search"
        label={t('network.filters.q')}
        description={t('network.filters.qHint')}
        value={search}
        maw={480}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          pushSearch(event.currentTarget.value);
        }}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" maw={820}>
        <NativeSelect
          label={t('network.filters.type')}
          data={[all, ...organisationTypes.map((value) => ({ value, label: t(`vocab.organisationType.${value}`) }))]}
          value={filters.type ?? ''}
          onChange={(event) => onChange({ type: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('network.filters.sector')}
          data={[all, ...sectors.map((value) => ({ value, label: t(`vocab.sector.${value}`) }))]}
          value={filters.sector ?? ''}
          onChange={(event) => onChange({ sector: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('network.filters.place')}
          data={[all, ...places.map((value) => ({ value, label: value }))]}
          value={filters.place ?? ''}
          onChange={(event) => onChange({ plaats: event.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      {active && (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => onChange({ type: undefined, sector: undefined, plaats: undefined, q: undefined })}>
            {t('network.filters.clear')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function OrganisationsPanel({ organisations, filtered, regionSearch }: { organisations: WithId<Organisation>[]; filtered: boolean; regionSearch: string }) {
  const { t } = useTranslation();
  if (organisations.length === 0) return <EmptyState>{filtered ? t('network.empty.filtered') : t('network.empty.organisations')}</EmptyState>;
  return <OrganisationTable organisations={organisations} caption={t('network.tabs.organisations', { count: organisations.length })} regionSearch={regionSearch} />;
}

interface ContactsPanelProps {
  contacts: WithId<Contact>[];
  organisations: ReadonlyMap<string, WithId<Organisation>>;
  filtered: boolean;
  regionSearch: string;
}

function ContactsPanel({ contacts, organisations, filtered, regionSearch }: ContactsPanelProps) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <EmptyState>{filtered ? t('network.empty.filtered') : t('network.empty.contacts')}</EmptyState>;
  return <ContactTable contacts={contacts} organisations={organisations} caption={t('network.tabs.contacts', { count: contacts.length })} regionSearch={regionSearch} />;
}

interface ProgrammesPanelProps {
  programmes: WithId<Programme>[];
  institutes: ReadonlyMap<string, WithId<Organisation>>;
  filtered: boolean;
  regionSearch: string;
}

function ProgrammesPanel({ programmes, institutes, filtered, regionSearch }: ProgrammesPanelProps) {
  const { t } = useTranslation();
  if (programmes.length === 0) return <EmptyState>{filtered ? t('network.empty.filtered') : t('network.empty.programmes')}</EmptyState>;
  return <ProgrammeTable programmes={programmes} institutes={institutes} caption={t('network.tabs.programmes', { count: programmes.length })} regionSearch={regionSearch} />;
}
