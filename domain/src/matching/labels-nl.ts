// Dutch words for the scorer's reasons. The web has its own i18n catalogue; the scorer's
// reasons are Dutch only (they are stored with the suggestion and shown as written).
import type { JobFunction, PriorEducation, ProgrammeType, Qualification, Sector, Subject } from '../vocabularies.js';

/** A sector's name ("voortgezet onderwijs") and the abbreviation advisers use ("vo"). */
export const sectorLabelsNl: Record<Sector, { name: string; short: string }> = {
  po: { name: 'primair onderwijs', short: 'po' },
  vo: { name: 'voortgezet onderwijs', short: 'vo' },
  so: { name: 'speciaal onderwijs', short: 'so' },
  mbo: { name: 'mbo', short: 'mbo' },
  ho: { name: 'hoger onderwijs', short: 'ho' },
  pro: { name: 'praktijkonderwijs', short: 'pro' },
};

/** Subjects as written mid-sentence (languages keep their capital). */
export const subjectLabelsNl: Record<Subject, string> = {
  techniek: 'techniek',
  informatica: 'informatica',
  nederlands: 'Nederlands',
  beroepsgericht_vmbo: 'beroepsgerichte vakken vmbo',
  nask: 'nask',
  duits: 'Duits',
  wiskunde: 'wiskunde',
  natuurkunde: 'natuurkunde',
  frans: 'Frans',
  scheikunde: 'scheikunde',
  engels: 'Engels',
  klassieke_talen: 'klassieke talen',
  biologie: 'biologie',
  aardrijkskunde: 'aardrijkskunde',
  geschiedenis: 'geschiedenis',
  economie: 'economie',
  lichamelijke_opvoeding: 'lichamelijke opvoeding',
  kunstvakken: 'kunstvakken',
  levensbeschouwing: 'levensbeschouwing',
  groepsleerkracht_po: 'groepsleerkracht po',
};

export const jobFunctionLabelsNl: Record<JobFunction, string> = {
  teacher: 'docent',
  instructor: 'instructeur',
  support_staff: 'onderwijsondersteuner',
  support: 'ondersteuning',
  pupil_care: 'leerlingenzorg',
  middle_management: 'middenmanagement',
  school_leadership: 'schoolleiding',
  other: 'andere functie',
};

export const programmeTypeLabelsNl: Record<ProgrammeType, string> = {
  part_time_pabo: 'deeltijdpabo',
  shortened_pabo: 'verkorte pabo',
  second_degree: 'tweedegraads lerarenopleiding',
  first_degree: 'eerstegraads lerarenopleiding',
  educational_master: 'educatieve master',
  pdg: 'PDG-traject',
  lateral_entry_track: 'zij-instroomtraject',
  teaching_assistant: 'opleiding onderwijsassistent',
  other: 'opleiding',
};

export const qualificationLabelsNl: Record<Qualification, string> = {
  primary: 'bevoegdheid primair onderwijs',
  limited_second_degree: 'beperkt tweedegraads',
  second_degree: 'tweedegraads',
  first_degree: 'eerstegraads',
  pdg: 'PDG',
  bko_bdb: 'BKO/BDB',
  support_staff: 'kwalificatie OOP',
  instructor_mbo: 'kwalificatie instructeur (mbo)',
  none_guest_teacher: 'gastdocentschap',
  pabo: 'pabo',
  unknown: 'onbekend',
  no_idea_yet: 'nog geen idee',
  not_applicable: 'niet van toepassing',
};

export const priorEducationLabelsNl: Record<PriorEducation, string> = {
  none: 'geen diploma',
  practical: 'praktijkonderwijs',
  vmbo_bl: 'vmbo-bl',
  vmbo_kl: 'vmbo-kl',
  vmbo_gl: 'vmbo-gl',
  vmbo_tl: 'vmbo-tl',
  vmbo: 'vmbo',
  havo: 'havo',
  vwo: 'vwo',
  mbo_entry: 'mbo-entree',
  mbo_2: 'mbo-2',
  mbo_3: 'mbo-3',
  mbo_4: 'mbo-4',
  mbo: 'mbo',
  associate_degree: 'associate degree',
  hbo_propaedeutic: 'hbo-propedeuse',
  hbo_bachelor: 'hbo-bachelor',
  hbo_master: 'hbo-master',
  hbo: 'hbo',
  wo_bachelor: 'wo-bachelor',
  wo_master: 'wo-master',
  wo: 'wo',
  phd: 'gepromoveerd',
};

const monthsNl = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2027-02-01" → "1 februari 2027" (the string is returned as is when it is no ISO date). */
export function formatDateNl(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? monthsNl[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** "a", "a en b", "a, b en c" — or with `of`. */
export function listNl(items: readonly string[], conjunction: 'en' | 'of' = 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "12 km", "3,5 km", "minder dan 1 km". */
export function formatKm(km: number): string {
  if (km < 1) return 'minder dan 1 km';
  return km < 10 ? `${String(Math.round(km * 10) / 10).replace('.', ',')} km` : `${Math.round(km)} km`;
}
