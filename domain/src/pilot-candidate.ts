import { z } from 'zod';
import type { CandidateStatus, Phase } from './journey.js';
import {
  invert,
  phaseFromPilot,
  pilotFunction,
  pilotInteractionKind,
  pilotPhaseValues,
  pilotPriorEducation,
  pilotQualification,
  pilotSector,
  pilotSectorAliases,
} from './pilot.js';
import type { CandidateProfile } from './schemas/candidate.js';
import type { InteractionKind, JobFunction, PriorEducation, Qualification, Sector } from './vocabularies.js';

/**
 * A candidate in the pilot's format (Onderwijsregio API v1 `create-user` body, and the columns
 * of the pilot's Airtable export): Dutch field names, exact Dutch values.
 */
const values = <T extends string>(map: Record<T, string>) => Object.values(map) as [string, ...string[]];
const optionalText = (max: number) => z.string().trim().max(max).optional();

const sectorValues = [...values(pilotSector), ...Object.keys(pilotSectorAliases)] as [string, ...string[]];

/** Dates as the pilot sends them: 2026-03-01, or Dutch style 01-03-2026 / 1-3-2026. */
const pilotDate = z
  .string()
  .trim()
  .refine((value) => toIsoDate(value) !== null, { message: 'expected a date like 2026-03-01 or 01-03-2026' });

export const pilotInteractionSchema = z
  .object({
    naam: optionalText(200),
    soort: z.array(z.enum(values(pilotInteractionKind))).optional(),
    samenvatting: optionalText(500),
    notities: optionalText(10_000),
    uitgevoerd_door: optionalText(200),
    uitgevoerd_op: pilotDate.optional(),
    aangemaakt_door: optionalText(200),
    aangemaakt_op: pilotDate.optional(),
    duur: z.union([z.string().max(20), z.number()]).optional(),
  })
  .strict();
export type PilotInteraction = z.infer<typeof pilotInteractionSchema>;

export const pilotCustomFieldSchema = z
  .object({
    field_name: z.string().min(1).max(50),
    field_value: z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(200)).max(50)]),
  })
  .strict();

export const pilotCandidateSchema = z
  .object({
    naam: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    privacy_consent: z.boolean().refine((given) => given, { message: 'privacy_consent must be true to store a candidate' }),
    telefoon: z
      .string()
      .trim()
      .max(40)
      .regex(/^[+()\d\s-]*$/, 'invalid phone number')
      .optional(),
    linkedin: optionalText(500),
    geboortedatum: pilotDate.optional(),
    motivatie: optionalText(10_000),
    adres: optionalText(500),
    plaats: optionalText(200),
    postcode: z
      .string()
      .trim()
      .regex(/^\d{4}\s?[A-Za-z]{2}$/, 'invalid postcode')
      .optional(),
    notities: optionalText(10_000),
    reden_van_uitstroom: optionalText(500),
    fase: z.enum(pilotPhaseValues).optional(),
    sector: z.array(z.enum(sectorValues)).optional(),
    functie: z.array(z.enum(values(pilotFunction))).optional(),
    kwalificatie: z.array(z.enum(values(pilotQualification))).optional(),
    vooropleiding: z.enum(values(pilotPriorEducation)).optional(),
    custom_fields: z.array(pilotCustomFieldSchema).max(50).optional(),
    interacties: z.array(pilotInteractionSchema).max(100).optional(),
  })
  .strict();
export type PilotCandidate = z.infer<typeof pilotCandidateSchema>;

/** A pilot candidate in Koers' terms, ready to become (or update) a dossier. */
export interface CandidateFromPilot {
  profile: CandidateProfile;
  phase: Phase | null;
  status: CandidateStatus | null;
  notes: string | null;
  /** The pilot's free-text exit reason; Koers keeps it in the notes with exit reason `other`. */
  exitReasonText: string | null;
  customFields: Record<string, string | number | boolean | string[]>;
  interactions: Array<{
    kind: InteractionKind;
    summary: string;
    notes: string | null;
    performedAt: string | null;
    performedByName: string | null;
    durationMinutes: number | null;
  }>;
}

const sectorCodes = { ...invert(pilotSector), ...pilotSectorAliases } as Record<string, Sector>;
const functionCodes = invert(pilotFunction) as Record<string, JobFunction>;
const qualificationCodes = invert(pilotQualification) as Record<string, Qualification>;
const priorEducationCodes = invert(pilotPriorEducation) as Record<string, PriorEducation>;
const interactionCodes = invert(pilotInteractionKind) as Record<string, InteractionKind>;

const unique = <T>(items: T[]) => [...new Set(items)];
const orNull = (value: string | undefined) => (value && value.length > 0 ? value : null);

export function toIsoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

function durationMinutes(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const minutes = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isFinite(minutes) && minutes >= 0 ? Math.round(minutes) : null;
}

function linkedinUrl(value: string | undefined): string | null {
  if (!value) return null;
  return /^https?:\/\//i.test(value) ? value : `https://${value.replace(/^\/+/, '')}`;
}

export function fromPilotCandidate(input: PilotCandidate): CandidateFromPilot {
  const journey = input.fase ? phaseFromPilot[input.fase] : null;
  return {
    profile: {
      name: input.naam,
      email: input.email.toLowerCase(),
      phone: orNull(input.telefoon),
      linkedin: linkedinUrl(input.linkedin),
      birthDate: input.geboortedatum ? toIsoDate(input.geboortedatum) : null,
      address: orNull(input.adres),
      postcode: input.postcode ? input.postcode.toUpperCase().replace(/^(\d{4})\s?/, '$1 ') : null,
      place: orNull(input.plaats),
      motivation: orNull(input.motivatie),
      sectors: unique((input.sector ?? []).map((value) => sectorCodes[value] as Sector)),
      functions: unique((input.functie ?? []).map((value) => functionCodes[value] as JobFunction)),
      qualifications: unique((input.kwalificatie ?? []).map((value) => qualificationCodes[value] as Qualification)),
      subjects: [],
      priorEducation: input.vooropleiding ? (priorEducationCodes[input.vooropleiding] ?? null) : null,
    },
    phase: journey?.phase ?? null,
    status: journey?.status ?? null,
    notes: orNull(input.notities),
    exitReasonText: orNull(input.reden_van_uitstroom),
    customFields: Object.fromEntries((input.custom_fields ?? []).map((field) => [field.field_name, field.field_value])),
    interactions: (input.interacties ?? []).map((interaction) => ({
      kind: interactionCodes[interaction.soort?.[0] ?? ''] ?? 'other',
      summary: interaction.samenvatting || interaction.naam || 'Contact (uit pilot)',
      notes: orNull(interaction.notities),
      performedAt: interaction.uitgevoerd_op ? toIsoDate(interaction.uitgevoerd_op) : null,
      performedByName: orNull(interaction.uitgevoerd_door),
      durationMinutes: durationMinutes(interaction.duur),
    })),
  };
}

/** Multi-select columns of the pilot's CSV export hold comma-separated values. */
const listColumns = ['sector', 'functie', 'kwalificatie'] as const;
const knownColumns = new Set(Object.keys(pilotCandidateSchema.shape));

/**
 * One row of the pilot's CSV export (headers = the pilot's field names) as a pilot candidate
 * input, or the problems with it, each naming its column.
 */
export function parsePilotCsvRow(
  row: Record<string, string>,
): { ok: true; candidate: PilotCandidate } | { ok: false; problems: Array<{ column: string; message: string }> } {
  const input: Record<string, unknown> = {};
  for (const [rawColumn, rawValue] of Object.entries(row)) {
    const column = rawColumn.trim();
    const value = (rawValue ?? '').trim();
    if (!knownColumns.has(column) || value === '') continue;
    if ((listColumns as readonly string[]).includes(column)) {
      input[column] = value.split(',').map((item) => item.trim()).filter(Boolean);
    } else if (column === 'privacy_consent') {
      input[column] = ['true', 'ja', 'yes', '1', 'checked', 'waar'].includes(value.toLowerCase());
    } else if (column === 'custom_fields' || column === 'interacties') {
      continue; // nested data does not travel in the flat export
    } else {
      input[column] = value;
    }
  }
  if (!('privacy_consent' in input)) input.privacy_consent = false;
  const result = pilotCandidateSchema.safeParse(input);
  if (result.success) return { ok: true, candidate: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ column: String(issue.path[0] ?? ''), message: issue.message })),
  };
}
