// Demo accounts of the local stack. `npm start` prints them; end-to-end tests sign in with them.
// Every account has the same password and a verified e-mail address.
import { pilotRegions, type Grant, type PilotRegionId } from '@koers/domain';

export const demoPassword = 'koers-demo';

export type DemoRole = 'admin' | 'coordinator' | 'adviser' | 'director' | 'hr' | 'training' | 'candidate';

export interface DemoAccount {
  uid: string;
  email: string;
  displayName: string;
  /** What the account is for, as printed by `npm start` (e.g. "adviser, RAP Nijmegen"). */
  label: string;
  role: DemoRole;
  /** The region the account works in (null for the platform admin). */
  regionId: PilotRegionId | null;
  /** Roles as granted through grantRole (empty for the candidate, who is linked instead). */
  grants: Grant[];
  /** For the candidate account: the dossier it is linked to. */
  candidateId?: string;
}

/** The Nijmegen school and training institute the hr and training accounts belong to. */
export const demoSchoolId = 'nij-kc-de-klimop';
export const demoInstituteId = 'nij-han-pabo';
export const demoCandidateId = 'demo-kandidaat';

const regionName = (regionId: PilotRegionId): string => pilotRegions.find((region) => region.id === regionId)?.name ?? regionId;

const regionStaff = (
  regionId: PilotRegionId,
  names: { coordinator: string; adviser: string; director: string },
): DemoAccount[] =>
  (['coordinator', 'adviser', 'director'] as const).map((role) => ({
    uid: `demo-${role}-${regionId}`,
    email: `${role}.${regionId}@demo.koers.nl`,
    displayName: names[role],
    label: `${role}, ${regionName(regionId)}`,
    role,
    regionId,
    grants: [{ kind: 'region', regionId, role }],
  }));

export const demoAccounts: DemoAccount[] = [
  { uid: 'demo-admin', email: 'admin@demo.koers.nl', displayName: 'Anouk Verhoeven', label: 'platform admin', role: 'admin', regionId: null, grants: [{ kind: 'admin' }] },
  ...regionStaff('nijmegen', { coordinator: 'Marieke Janssen', adviser: 'Thomas van den Berg', director: 'Hans Peters' }),
  ...regionStaff('midden-brabant', { coordinator: 'Linda van Gils', adviser: 'Bram de Laat', director: 'Ria Smulders' }),
  ...regionStaff('brabant-oost', { coordinator: 'Joost Verbeek', adviser: 'Fatima El Amrani', director: 'Karin Hendriks' }),
  ...regionStaff('kennemerland-amsterdam', { coordinator: 'Sophie de Graaf', adviser: 'Daan Visser', director: 'Mark Kramer' }),
  {
    uid: 'demo-hr-nijmegen',
    email: 'hr.nijmegen@demo.koers.nl',
    displayName: 'Ingrid Willems',
    label: 'school HR, Kindcentrum De Klimop (Nijmegen)',
    role: 'hr',
    regionId: 'nijmegen',
    grants: [{ kind: 'organisation', regionId: 'nijmegen', organisationId: demoSchoolId, role: 'hr' }],
  },
  {
    uid: 'demo-training-nijmegen',
    email: 'opleiding.nijmegen@demo.koers.nl',
    displayName: 'Eline Hermsen',
    label: 'training staff, HAN Pabo Nijmegen',
    role: 'training',
    regionId: 'nijmegen',
    grants: [{ kind: 'organisation', regionId: 'nijmegen', organisationId: demoInstituteId, role: 'training' }],
  },
  {
    uid: 'demo-kandidaat',
    email: 'kandidaat@demo.koers.nl',
    displayName: 'Sanne de Boer',
    label: 'candidate, linked to a Nijmegen dossier',
    role: 'candidate',
    regionId: 'nijmegen',
    grants: [],
    candidateId: demoCandidateId,
  },
];

/** The account of `role` in `regionId` (the demo has one of each). */
export function demoAccount(role: DemoRole, regionId: PilotRegionId | null = null): DemoAccount {
  const account = demoAccounts.find((candidate) => candidate.role === role && (regionId === null || candidate.regionId === regionId));
  if (!account) throw new Error(`no demo account for ${role}${regionId ? ` in ${regionId}` : ''}`);
  return account;
}
