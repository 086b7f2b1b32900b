import { allSlice, defaultLosingSightDays, dutchDate, periodKindOf, periodStart, sectors, sliceOf, statePeriod, workloadRows, type Counts } from '@koers/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { i18n, intlLocale } from '../../../lib/i18n';
import { staffRegionParam } from '../../../lib/staff-region';
import { useSession } from '../../access/components/session-context';
import { useRegion } from '../../region/api/get-region';
import { useMemberList } from '../../region/api/list-members';
import { periodIdsOf, sliceOfFilters, type DashboardFilters } from '../api/dashboard-filters';
import { usePeriodAggregates } from '../api/get-period-aggregates';
import { useRegionAggregate } from '../api/get-region-aggregate';
import { buildFigures, type Translate } from './dashboard-figures';

/**
 * The dashboard's figures for one region and filter set: the `current` aggregate (live) and
 * the period documents the filter needs (one read each), the region document, and for staff
 * the members directory for owner names. No dossier is read.
 */
export function useDashboardFigures(regionId: string, filters: DashboardFilters) {
  const { t, i18n: instance } = useTranslation();
  const format = useFormat();
  const { access } = useSession();
  const [now] = useState(() => new Date());
  const role = access?.regions[regionId];
  // Coordinators and advisers may read the members directory and the dossiers; directors see
  // aggregates only, so owners stay anonymous and numbers are not links for them.
  const isStaff = role === 'coordinator' || role === 'adviser';
  const region = useRegion(regionId);
  const members = useMemberList(isStaff ? regionId : null);
  const slice = sliceOfFilters(filters);
  const current = useRegionAggregate(regionId);
  // Aggregates are one document per period and slice: now, the filter's slice and the sector
  // slices (for subjects per sector) on top of the live region-wide document; per period only
  // the filter's slice.
  const currentSlices = [...new Set([slice, ...sectors.map((sector) => `sector.${sector}`)])].filter((id) => id !== allSlice);
  const currentExtra = usePeriodAggregates(
    regionId,
    currentSlices.map((id) => ({ period: statePeriod, slice: id })),
  );
  const { ids } = periodIdsOf(filters.periode, now);
  const periods = usePeriodAggregates(
    regionId,
    ids.map((period) => ({ period, slice })),
  );

  const staffRegionIds = access?.staffRegionIds ?? [];
  const names = useMemo(() => new Map((members.data ?? []).map((member) => [member.uid, member.displayName || member.email])), [members.data]);
  // Anonymous owner numbers follow the region-wide workload, so "Adviseur 1" stays the same person under every filter.
  const ownerOrder = useMemo(() => workloadRows(sliceOf(current.data, allSlice)).filter((row) => row.key !== 'none').map((row) => row.key), [current.data]);
  const ownerLabel = (uid: string) => {
    if (isStaff) return names.get(uid) ?? t('dashboard.workload.unknown');
    const index = ownerOrder.indexOf(uid);
    return t('dashboard.workload.anonymous', { n: index >= 0 ? index + 1 : ownerOrder.length + 1 });
  };

  const locale = intlLocale(instance.language);
  const periodLabel = (period: string) => {
    const kind = periodKindOf(period);
    const start = periodStart(period);
    if (!start) return period;
    const date = new Date(`${start}T12:00:00Z`);
    if (kind === 'day') return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
    if (kind === 'week') return t('dashboard.weekLabel', { week: Number(period.slice(8)), year: period.slice(2, 6) });
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  };

  const candidateLink = isStaff
    ? (subject: string, sector: string | null) => {
        const search = new URLSearchParams();
        if (regionId !== staffRegionIds[0]) search.set(staffRegionParam, regionId);
        if (sector) search.set('sectors', sector);
        search.set('subjects', subject);
        return `/kandidaten?${search.toString()}`;
      }
    : null;

  const ready = current.isSuccess && currentExtra.data !== undefined && periods.data !== undefined;
  const input = ready
    ? {
        current: { slices: Object.assign({}, current.data?.slices, ...currentExtra.data!.map((doc) => doc?.slices)) as Record<string, Counts> },
        periods: ids.map((period, i) => ({ period, doc: periods.data![i] ?? null })),
        slice,
        hasPeriod: ids.length > 0,
        losingSightDays: region.data?.settings.losingSightDays ?? defaultLosingSightDays,
        today: dutchDate(now),
        ownerLabel,
        candidateLink,
        periodLabel,
        number: format.number,
        percent: format.percent,
      }
    : null;
  // Keys built from aggregate data are checked at run time (unknown ones fall back to the key).
  const translate = t as unknown as Translate;
  const figures = input ? buildFigures(input, translate) : null;
  // CSV files carry Dutch headers whatever the interface language: they go to Dutch colleagues and tools.
  const dutchFigures = () => (input ? buildFigures(input, i18n.getFixedT('nl') as unknown as Translate) : []);

  return {
    now,
    isStaff,
    region,
    regionName: region.data?.name ?? regionId,
    current,
    periods,
    figures,
    dutchFigures,
    ownerOptions: ownerOrder.map((uid) => ({ value: uid, label: ownerLabel(uid) })),
    isPending: current.isPending || currentExtra.isPending || periods.isPending,
    error: current.error ?? currentExtra.error ?? periods.error,
    retry: () => {
      void current.refetch();
      currentExtra.refetch();
      periods.refetch();
    },
  };
}
