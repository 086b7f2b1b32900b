// Reading CBS "Woonplaatsen in Nederland" (StatLine CSV export) and writing the places module
// domain/src/places/places-data.ts. Pure functions, so the CLI (import-cbs-places.ts) stays
// thin and tests can run them on a small fixture.
import { placeKey } from '@koers/domain';
import Papa from 'papaparse';
import { z } from 'zod';

export const placeColumns = ['place', 'placeCode', 'municipality', 'municipalityCode'] as const;
export type PlaceColumn = (typeof placeColumns)[number];
export type ColumnMap = Record<PlaceColumn, string | null>;

/**
 * Header names the StatLine exports use for each column, normalised (see headerKey). The
 * typed data set names topics Naam_1/Naam_2/Code_3 with the woonplaats code as the key column
 * "Woonplaatsen"; the table view uses readable titles. Anything else: --columns.
 */
const headerAliases: Record<PlaceColumn, readonly string[]> = {
  place: ['naam_1', 'woonplaats', 'woonplaatsnaam', 'naam woonplaats', 'woonplaatsen naam'],
  placeCode: ['woonplaatsen', 'woonplaatscode', 'code woonplaats', 'woonplaatsen code'],
  municipality: ['naam_2', 'gemeente', 'gemeentenaam', 'naam gemeente', 'gemeenten naam'],
  municipalityCode: ['code_3', 'gemeentecode', 'code gemeente', 'gemeenten code'],
};

const required: readonly PlaceColumn[] = ['place', 'municipality'];

function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').replace(/\//g, ' ').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Parses `place=Naam_1,municipality=Naam_2` (the --columns option). */
export function parseColumnOption(option: string): Partial<ColumnMap> {
  const map: Partial<ColumnMap> = {};
  for (const part of option.split(',').map((item) => item.trim()).filter(Boolean)) {
    const [name, header] = part.split('=').map((item) => item.trim());
    if (!name || !header || !(placeColumns as readonly string[]).includes(name)) {
      throw new Error(`--columns: "${part}" is not one of ${placeColumns.map((column) => `${column}=<header>`).join(', ')}`);
    }
    map[name as PlaceColumn] = header;
  }
  return map;
}

/** Which header holds which column: the overrides first, then the known export headers. */
export function resolveColumns(headers: readonly string[], overrides: Partial<ColumnMap> = {}): ColumnMap {
  const byKey = new Map(headers.map((header) => [headerKey(header), header]));
  const used = new Set<string>();
  const map = {} as ColumnMap;
  for (const column of placeColumns) {
    const override = overrides[column];
    if (override) {
      const header = byKey.get(headerKey(override));
      if (!header) throw new Error(`--columns: the file has no column "${override}" (it has ${headers.join(', ')})`);
      map[column] = header;
      used.add(header);
    }
  }
  for (const column of placeColumns) {
    if (map[column]) continue;
    const header = headerAliases[column].map((alias) => byKey.get(alias)).find((found) => found !== undefined && !used.has(found));
    map[column] = header ?? null;
    if (header) used.add(header);
  }
  const missing = required.filter((column) => !map[column]);
  if (missing.length) {
    throw new Error(`Cannot tell which column holds ${missing.join(' and ')} (headers: ${headers.join(', ')}); pass --columns place=<header>,municipality=<header>`);
  }
  return map;
}

// StatLine pads text values with spaces and writes "." for a missing value.
const text = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().min(1, 'empty').max(80, 'longer than 80 characters').refine((value) => value !== '.', 'missing value (".")'));
const code = (prefix: 'WP' | 'GM') =>
  z
    .string()
    .optional()
    .transform((value) => {
      const trimmed = value?.trim() ?? '';
      return trimmed === '' || trimmed === '.' ? null : trimmed.toUpperCase();
    })
    .pipe(z.string().regex(new RegExp(`^${prefix}\\d{4}$`), `not a ${prefix}-code such as ${prefix}0268`).nullable());

export const placeRowSchema = z.object({
  place: text.refine((value) => !/^WP\d+$/i.test(value), 'a woonplaats code, not a name: check --columns'),
  placeCode: code('WP'),
  municipality: text.refine((value) => !/^GM\d+$/i.test(value), 'a gemeente code, not a name: check --columns'),
  municipalityCode: code('GM'),
});
export type PlaceRow = z.infer<typeof placeRowSchema>;

export interface BadRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  problems: string[];
}

export interface ParsedPlaces {
  rows: PlaceRow[];
  bad: BadRow[];
  columns: ColumnMap;
}

/** Parses the export (semicolon-separated, quoted values; a comma file works too). */
export function parseCbsPlaces(csv: string, overrides: Partial<ColumnMap> = {}): ParsedPlaces {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t'],
  });
  const columns = resolveColumns(parsed.meta.fields ?? [], overrides);
  const rows: PlaceRow[] = [];
  const rowLines: number[] = [];
  const bad: BadRow[] = [];
  parsed.data.forEach((record, index) => {
    const line = index + 2;
    const raw = Object.fromEntries(placeColumns.map((column) => [column, columns[column] ? record[columns[column]] : undefined]));
    const row = placeRowSchema.safeParse(raw);
    if (row.success) {
      rows.push(row.data);
      rowLines.push(line);
    } else bad.push({ line, problems: row.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
  });
  // A woonplaats code belongs to one municipality; two different ones means a broken export.
  const municipalityOfCode = new Map<string, { municipality: string; line: number }>();
  const conflicting = new Set<number>();
  rows.forEach((row, index) => {
    if (!row.placeCode) return;
    const seen = municipalityOfCode.get(row.placeCode);
    const line = rowLines[index]!;
    if (!seen) municipalityOfCode.set(row.placeCode, { municipality: row.municipality, line });
    else if (seen.municipality !== row.municipality) {
      bad.push({ line, problems: [`placeCode: ${row.placeCode} is under ${seen.municipality} on line ${seen.line} and under ${row.municipality} here`] });
      conflicting.add(index);
    }
  });
  bad.sort((a, b) => a.line - b.line);
  return { rows: rows.filter((_, index) => !conflicting.has(index)), bad, columns };
}

export interface DatasetInfo {
  /** The edition (year) of the CBS table, or a description for an extract. */
  edition: string;
  /** The file the module was generated from (its name only). */
  sourceFile: string;
}

function byKey(a: string, b: string): number {
  const [ka, kb] = [placeKey(a), placeKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function quote(value: string): string {
  return value.includes("'") ? JSON.stringify(value) : `'${value.replace(/\\/g, '\\\\')}'`;
}

/** The places module's source text: the same rows always give the same file. */
export function placesModule(rows: readonly PlaceRow[], info: DatasetInfo): string {
  const grouped = new Map<string, Set<string>>();
  for (const row of rows) {
    const places = grouped.get(row.municipality) ?? new Set<string>();
    places.add(row.place);
    grouped.set(row.municipality, places);
  }
  const municipalities = [...grouped.keys()].sort(byKey);
  const placeCount = [...grouped.values()].reduce((sum, places) => sum + places.size, 0);
  const lines = municipalities.map((municipality) => {
    const places = [...grouped.get(municipality)!].sort(byKey).map(quote).join(', ');
    return `  [${quote(municipality)}, [${places}]],`;
  });
  return [
    '// Generated by scripts/places/import-cbs-places.ts (npm run places:import): do not edit by hand.',
    `// Source: CBS, "Woonplaatsen in Nederland", ${info.edition} (file ${info.sourceFile}).`,
    '// Licence: CC BY 4.0, Centraal Bureau voor de Statistiek.',
    '',
    '/** Which table the places come from, for the attribution the licence asks for. */',
    'export const placesDataset = {',
    `  name: 'Woonplaatsen in Nederland',`,
    `  publisher: 'Centraal Bureau voor de Statistiek (CBS)',`,
    `  edition: ${quote(info.edition)},`,
    `  licence: 'CC BY 4.0',`,
    `  municipalities: ${municipalities.length},`,
    `  places: ${placeCount},`,
    '} as const;',
    '',
    '/** Every municipality (gemeente) with its woonplaatsen, sorted. */',
    'export const municipalityPlaces: ReadonlyArray<readonly [municipality: string, places: readonly string[]]> = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
