import { normalizeText, organisationTypes, sectors, type Contact, type Organisation, type OrganisationType, type Programme, type Sector } from '@koers/domain';
import type { WithId } from '../../../lib/firestore';

/** The overview's filters, as they stand in the URL (`?type=school&sector=po&plaats=Wijchen&q=…`). */
export interface NetworkFilters {
  type?: OrganisationType;
  sector?: Sector;
  place?: string;
  q?: string;
}

export const networkTabs = ['organisaties', 'contacten', 'opleidingen'] as const;
export type NetworkTab = (typeof networkTabs)[number];

export function filtersFromSearch(params: URLSearchParams): NetworkFilters {
  const type = params.get('type');
  const sector = params.get('sector');
  const place = params.get('plaats')?.trim();
  const q = params.get('q')?.trim();
  return {
    type: (organisationTypes as readonly string[]).includes(type ?? '') ? (type as OrganisationType) : undefined,
    sector: (sectors as readonly string[]).includes(sector ?? '') ? (sector as Sector) : undefined,
    place: place || undefined,
    q: q || undefined,
  };
}

const contains = (values: ReadonlyArray<string | null | undefined>, q: string | undefined) => {
  if (!q) return true;
  const needle = normalizeText(q);
  return values.some((value) => value && normalizeText(value).includes(needle));
};

/** An organisation passes when it has the type, the sector and the place, and the text is in its name, place, BRIN or website. */
export function organisationMatches(organisation: Organisation, filters: NetworkFilters): boolean {
  return (
    (!filters.type || organisation.type === filters.type) &&
    (!filters.sector || organisation.sectors.includes(filters.sector)) &&
    (!filters.place || normalizeText(organisation.place ?? '') === normalizeText(filters.place)) &&
    contains([organisation.name, organisation.place, organisation.brin, organisation.website], filters.q)
  );
}

/** A contact passes when its organisation has the type, sector and place, and the text is in the contact or its organisation's name. */
export function contactMatches(contact: Contact, organisation: Organisation | undefined, filters: NetworkFilters): boolean {
  if (!organisation) return !filters.type && !filters.sector && !filters.place && contains([contact.name, contact.jobTitle, contact.email, contact.phone], filters.q);
  return (
    organisationMatches(organisation, { ...filters, q: undefined }) &&
    contains([contact.name, contact.jobTitle, contact.email, contact.phone, organisation.name], filters.q)
  );
}

/** A programme passes when its institute has the type and place, the programme the sector, and the text is in either name. */
export function programmeMatches(programme: Programme, institute: Organisation | undefined, filters: NetworkFilters): boolean {
  return (
    (!filters.type || institute?.type === filters.type) &&
    (!filters.place || normalizeText(institute?.place ?? '') === normalizeText(filters.place)) &&
    (!filters.sector || programme.sectors.includes(filters.sector)) &&
    contains([programme.name, institute?.name], filters.q)
  );
}

/** The places of the region's organisations, for the place filter. */
export function placesOf(organisations: ReadonlyArray<WithId<Organisation>>): string[] {
  const byKey = new Map<string, string>();
  for (const organisation of organisations) {
    if (organisation.place && !byKey.has(normalizeText(organisation.place))) byKey.set(normalizeText(organisation.place), organisation.place);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'nl'));
}
