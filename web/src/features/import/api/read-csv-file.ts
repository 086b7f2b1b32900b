import Papa from 'papaparse';

/** More rows than this is not an import a person can check row by row; split the file. */
export const maxFileRows = 5000;
/** Far above 5,000 rows of candidate data, far below what slows a browser down. */
export const maxFileBytes = 20 * 1024 * 1024;

export interface CsvFile {
  name: string;
  /** Column names from the first line, in file order, without empty ones. */
  headers: string[];
  /** Data rows keyed by column name (empty lines left out). */
  rows: Array<Record<string, string>>;
  delimiter: string;
}

export type CsvFileProblem = 'notCsv' | 'tooLarge' | 'empty' | 'noRows' | 'tooManyRows';

export type CsvFileResult = { ok: true; file: CsvFile } | { ok: false; problem: CsvFileProblem; rows?: number };

const spreadsheetExtensions = /\.(xlsx|xlsm|xls|ods|numbers|pdf|docx?|zip)$/i;
const textExtensions = /\.(csv|txt|tsv)$/i;

/**
 * Text of the file: UTF-8 when it is valid UTF-8 (the byte-order mark Excel writes is
 * dropped), else Windows-1252, which older Excel versions use for "CSV".
 */
function decode(buffer: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

/**
 * Reads a CSV file in the browser: semicolon (Dutch Excel), comma or tab separated, with or
 * without a byte-order mark. Nothing leaves the browser here.
 */
export async function readCsvFile(file: File): Promise<CsvFileResult> {
  const looksLikeText = textExtensions.test(file.name) || file.type.startsWith('text/');
  if (spreadsheetExtensions.test(file.name) || !looksLikeText) return { ok: false, problem: 'notCsv' };
  if (file.size > maxFileBytes) return { ok: false, problem: 'tooLarge' };

  const text = decode(await file.arrayBuffer()).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) return { ok: false, problem: 'notCsv' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };

  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t', '|'],
    transformHeader: (header) => header.trim(),
  });
  const headers = (parsed.meta.fields ?? []).filter((header) => header !== '');
  if (headers.length === 0) return { ok: false, problem: 'empty' };
  if (parsed.data.length === 0) return { ok: false, problem: 'noRows' };
  if (parsed.data.length > maxFileRows) return { ok: false, problem: 'tooManyRows', rows: parsed.data.length };
  return { ok: true, file: { name: file.name, headers, rows: parsed.data, delimiter: parsed.meta.delimiter } };
}
