/** The four regions of the 2024 pilot, with their ids as used in URLs and the API. */
export const pilotRegions = [
  { id: 'nijmegen', name: 'RAP Nijmegen' },
  { id: 'midden-brabant', name: 'RAP Midden-Brabant' },
  { id: 'brabant-oost', name: 'Onderwijsregio Brabant Oost' },
  { id: 'kennemerland-amsterdam', name: 'Onderwijsregio Kennemerland & Groot-Amsterdam' },
] as const;

export type PilotRegionId = (typeof pilotRegions)[number]['id'];

/** Region and document ids: lower-case slugs, safe in paths and URLs. */
export const slugPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const defaultLosingSightDays = 30;
