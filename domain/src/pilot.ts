import type { CandidateStatus, Phase } from './journey.js';
import type { InteractionKind, JobFunction, PriorEducation, Qualification, Sector } from './vocabularies.js';

/**
 * Exact values of the pilot's (Airtable) data model, so websites that call the pilot's API
 * and spreadsheets exported from it map losslessly onto Koers' codes.
 */
export const pilotSector: Record<Sector, string> = {
  po: 'Primair onderwijs',
  vo: 'Voortgezet onderwijs',
  so: 'Speciaal onderwijs',
  mbo: 'Middelbaar beroepsonderwijs',
  ho: 'Hoger onderwijs',
  pro: 'Praktijkonderwijs',
};
/** Older clients spell practical education with a space. */
export const pilotSectorAliases: Record<string, Sector> = { 'Praktijk onderwijs': 'pro' };

export const pilotFunction: Record<JobFunction, string> = {
  teacher: 'Docent / leraar',
  instructor: 'Instructeur (mbo)',
  support_staff: 'OOP',
  support: 'Ondersteuning',
  pupil_care: 'Leerlingenzorg',
  middle_management: 'Midden management',
  school_leadership: 'Schoolleiding',
  other: 'Anders',
};

export const pilotQualification: Record<Qualification, string> = {
  primary: 'Primair onderwijs',
  limited_second_degree: 'Beperkt tweedegraads',
  second_degree: 'Tweedegraads',
  first_degree: 'Eerstegraads',
  pdg: 'PDG',
  bko_bdb: 'BKO/BDB',
  support_staff: 'Kwalificatie onderwijs ondersteunend personeel',
  instructor_mbo: 'Kwalificatie Instructeur (MBO)',
  none_guest_teacher: 'Geen: gastdocentschap',
  pabo: 'Pabo',
  unknown: 'Onbekend',
  no_idea_yet: 'Nog geen idee',
  not_applicable: 'Niet van toepassing',
};

export const pilotPriorEducation: Record<PriorEducation, string> = {
  none: 'geen',
  practical: 'praktijkonderwijs',
  vmbo_bl: 'vmbo-bl',
  vmbo_kl: 'vmbo-kl',
  vmbo_gl: 'vmbo-gl',
  vmbo_tl: 'vmbo-tl',
  vmbo: 'vmbo',
  havo: 'havo',
  vwo: 'vwo',
  mbo_entry: 'mbo entree',
  mbo_2: 'mbo 2',
  mbo_3: 'mbo 3',
  mbo_4: 'mbo 4',
  mbo: 'mbo',
  associate_degree: 'associate degree',
  hbo_propaedeutic: 'hbo propedeuse',
  hbo_bachelor: 'hbo bachelor',
  hbo_master: 'hbo master',
  hbo: 'hbo',
  wo_bachelor: 'wo bachelor',
  wo_master: 'wo master',
  wo: 'wo',
  phd: 'PhD',
};

export const pilotInteractionKind: Record<InteractionKind, string> = {
  phone: 'Telefonisch',
  email: 'E-mail',
  in_person: 'Persoonlijk',
  referral: 'Doorverwijzing',
  advice_conversation: 'Adviesgesprek',
  introductory_conversation: 'Kennismakingsgesprek',
  activity_registration: 'Inschrijving activiteit',
  other: 'Anders',
  not_applicable: 'Niet van toepassing',
};

export const pilotPhaseValues = ['nieuw', 'oriënteren', 'matchen', 'voorbereiden', 'in opleiding', 'werkzaam', 'uitgestroomd'] as const;
export type PilotPhase = (typeof pilotPhaseValues)[number];

/** The pilot's `fase` onto Koers' phase and status. */
export const phaseFromPilot: Record<PilotPhase, { phase: Phase; status: CandidateStatus }> = {
  nieuw: { phase: 'interest', status: 'active' },
  oriënteren: { phase: 'orientation', status: 'active' },
  matchen: { phase: 'matching', status: 'active' },
  voorbereiden: { phase: 'preparation', status: 'active' },
  'in opleiding': { phase: 'preparation', status: 'started' },
  werkzaam: { phase: 'preparation', status: 'started' },
  uitgestroomd: { phase: 'interest', status: 'exited' },
};

/** Koers' phase and status back onto the pilot's `fase` (decision has no own pilot value). */
export function phaseToPilot(phase: Phase, status: CandidateStatus): PilotPhase {
  if (status === 'exited') return 'uitgestroomd';
  if (status === 'started') return 'werkzaam';
  const byPhase: Record<Phase, PilotPhase> = {
    interest: 'nieuw',
    orientation: 'oriënteren',
    decision: 'oriënteren',
    matching: 'matchen',
    preparation: 'voorbereiden',
  };
  return byPhase[phase];
}

/** Reverse lookup for any of the maps above. */
export function invert<K extends string>(map: Record<K, string>): Record<string, K> {
  return Object.fromEntries(Object.entries(map).map(([code, value]) => [value, code])) as Record<string, K>;
}
