// Preparing a CSV file for importPilotCandidates in the browser: which of the file's columns
// holds which pilot field, the mapped rows in chunks the callable accepts, and the reports of
// the chunks put back together as one report about the whole file.
import type { ImportAction, ImportRowOutcome } from './pilot-import.js';
import { normalizeEmail, normalizeText } from './text.js';

/** The pilot fields a flat CSV export carries (nested custom fields and interactions do not). */
export const pilotCsvColumns = [
  'naam',
  'email',
  'privacy_consent',
  'telefoon',
  'linkedin',
  'geboortedatum',
  'motivatie',
  'adres',
  'plaats',
  'postcode',
  'notities',
  'reden_van_uitstroom',
  'fase',
  'sector',
  'functie',
  'kwalificatie',
  'vooropleiding',
] as const;
export type PilotCsvColumn = (typeof pilotCsvColumns)[number];

/** Without these a row can never become a dossier, so they must be mapped before a preview. */
export const requiredPilotCsvColumns = ['naam', 'email', 'privacy_consent'] as const satisfies readonly PilotCsvColumn[];

/** Which header of the file holds each pilot field; unmapped fields are left out. */
export type PilotColumnMapping = Partial<Record<PilotCsvColumn, string>>;

/** Other headers people give these columns in their own spreadsheets. */
const headerAliases: Partial<Record<PilotCsvColumn, readonly string[]>> = {
  naam: ['name', 'volledige naam', 'naam kandidaat'],
  email: ['e-mail', 'e-mailadres', 'emailadres', 'mail'],
  privacy_consent: ['privacy', 'toestemming', 'privacy toestemming', 'toestemming privacy', 'akkoord privacy'],
  telefoon: ['telefoonnummer', 'tel', 'mobiel', 'phone'],
  geboortedatum: ['geboren', 'geboortedag'],
  plaats: ['woonplaats'],
  reden_van_uitstroom: ['reden uitstroom'],
};

/** A header compared without case, accents, spaces, dashes or underscores. */
export function headerKey(header: string): string {
  return normalizeText(header.replace(/^\uFEFF/, '')).replace(/[^a-z0-9]/g, '');
}

/**
 * The mapping a person most likely wants: each pilot field gets the header with its name
 * (ignoring case and accents), else one of its common aliases; no header is used twice.
 */
export function suggestPilotMapping(headers: readonly string[]): PilotColumnMapping {
  const mapping: PilotColumnMapping = {};
  const used = new Set<string>();
  const take = (column: PilotCsvColumn, keys: readonly string[]) => {
    if (mapping[column] !== undefined) return;
    const header = headers.find((candidate) => !used.has(candidate) && keys.includes(headerKey(candidate)));
    if (header === undefined) return;
    mapping[column] = header;
    used.add(header);
  };
  // Exact names first, so an alias never takes a header that names another field exactly.
  for (const column of pilotCsvColumns) take(column, [headerKey(column)]);
  for (const column of pilotCsvColumns) take(column, (headerAliases[column] ?? []).map(headerKey));
  return mapping;
}

export function missingRequiredColumns(mapping: PilotColumnMapping): PilotCsvColumn[] {
  return requiredPilotCsvColumns.filter((column) => !mapping[column]);
}

/** The callable rejects a whole call with a longer value; cut so the row is reported instead. */
const maxValueLength = 20_000;

/** The file's rows keyed by pilot field names, as importPilotCandidates expects them. */
export function applyPilotMapping(rows: ReadonlyArray<Record<string, string | undefined>>, mapping: PilotColumnMapping): Array<Record<string, string>> {
  const pairs = pilotCsvColumns.flatMap((column) => {
    const header = mapping[column];
    return header === undefined ? [] : [[column, header] as const];
  });
  return rows.map((row) => Object.fromEntries(pairs.map(([column, header]) => [column, (row[header] ?? '').slice(0, maxValueLength)])));
}

/** Consecutive slices of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** An outcome about a row of the whole file, not of the chunk it travelled in. */
export interface FileImportOutcome extends ImportRowOutcome {
  /** For `duplicate_in_file`: the earlier row of the file with the same e-mail address. */
  duplicateOfRow: number | null;
}

/**
 * The chunks' reports as one report about the file. `rowNumbers[i]` is the file row (1-based)
 * that was sent as the i-th row, across chunks of `chunkSize`; `emails` holds each file row's
 * e-mail (index = file row − 1). The callable only sees one chunk, so a row repeating the
 * e-mail of a row in an earlier chunk is marked `duplicate_in_file` here.
 */
export function combineChunkOutcomes(
  chunks: ReadonlyArray<readonly ImportRowOutcome[]>,
  chunkSize: number,
  rowNumbers: readonly number[],
  emails: readonly string[],
): FileImportOutcome[] {
  const firstRowOf = new Map<string, number>();
  emails.forEach((email, index) => {
    const key = normalizeEmail(email);
    if (key && !firstRowOf.has(key)) firstRowOf.set(key, index + 1);
  });
  const written = new Map<string, number>();
  const outcomes = chunks.flatMap((outcomes, chunkIndex) =>
    outcomes.map((outcome): FileImportOutcome => {
      const row = rowNumbers[chunkIndex * chunkSize + outcome.row - 1];
      if (row === undefined) throw new RangeError(`the report names row ${outcome.row} of chunk ${chunkIndex + 1}, which was not sent`);
      const key = normalizeEmail(emails[row - 1] ?? '');
      if (outcome.action === 'duplicate_in_file') return { ...outcome, row, duplicateOfRow: firstRowOf.get(key) ?? null };
      if (outcome.action === 'create' || outcome.action === 'update') {
        const earlier = written.get(key);
        if (earlier !== undefined) {
          return {
            row,
            action: 'duplicate_in_file',
            problems: [{ column: 'email', message: `same e-mail as row ${earlier}` }],
            candidateId: null,
            reasons: ['same_email'],
            duplicateOfRow: earlier,
          };
        }
        written.set(key, row);
      }
      return { ...outcome, row, duplicateOfRow: null };
    }),
  );
  return outcomes.sort((a, b) => a.row - b.row);
}

export function countOutcomes(outcomes: readonly ImportRowOutcome[]): Record<ImportAction, number> {
  const counts: Record<ImportAction, number> = { create: 0, update: 0, invalid: 0, duplicate_in_file: 0, possible_duplicate: 0 };
  for (const outcome of outcomes) counts[outcome.action] += 1;
  return counts;
}

/** File rows (1-based) an import writes: new dossiers and updates by e-mail, nothing else. */
export function rowsToWrite(outcomes: readonly ImportRowOutcome[]): number[] {
  return outcomes.filter((outcome) => outcome.action === 'create' || outcome.action === 'update').map((outcome) => outcome.row);
}
