import {
  chunk,
  combineChunkOutcomes,
  importPilotCandidatesInputSchema,
  maxImportRows,
  rowsToWrite,
  type FileImportOutcome,
} from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { importKeys } from './import-keys';

export { importPilotCandidatesInputSchema };

const importActions = ['create', 'update', 'invalid', 'duplicate_in_file', 'possible_duplicate'] as const;
const duplicateReasons = ['same_email', 'same_phone', 'similar_name_and_birth_date', 'similar_name_and_postcode'] as const;

/** What `importPilotCandidates` answers: a report per row of the call. */
export const importPilotCandidatesResultSchema = z.object({
  committed: z.boolean(),
  outcomes: z.array(
    z.object({
      row: z.number().int().min(1),
      action: z.enum(importActions),
      problems: z.array(z.object({ column: z.string(), message: z.string() })),
      candidateId: z.string().nullable(),
      reasons: z.array(z.enum(duplicateReasons)),
    }),
  ),
  counts: z.record(z.enum(importActions), z.number()),
});

/** One call: at most `maxImportRows` rows, previewed (`commit: false`) or written. */
export const importPilotCandidates = callable('importPilotCandidates', importPilotCandidatesInputSchema, importPilotCandidatesResultSchema);

export interface ImportRun {
  regionId: string;
  /** Every row of the file, keyed by pilot field names (see applyPilotMapping). */
  rows: Array<Record<string, string>>;
  /** File rows (1-based) to send; every row when left out. */
  only?: readonly number[];
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sends the rows in chunks the callable accepts, one after the other (each call reads the
 * region's dossiers for duplicate detection, so later chunks see what earlier ones wrote),
 * and returns one report in file rows.
 */
async function runInChunks({ regionId, rows, only, onProgress }: ImportRun, commit: boolean): Promise<FileImportOutcome[]> {
  const rowNumbers = only ? [...only] : rows.map((_, index) => index + 1);
  const chunks = chunk(rowNumbers, maxImportRows);
  const reports = [];
  let done = 0;
  onProgress?.(0, rowNumbers.length);
  for (const numbers of chunks) {
    const result = await importPilotCandidates({ regionId, commit, rows: numbers.map((row) => rows[row - 1] ?? {}) });
    reports.push(result.outcomes);
    done += numbers.length;
    onProgress?.(done, rowNumbers.length);
  }
  return combineChunkOutcomes(reports, maxImportRows, rowNumbers, rows.map((row) => row.email ?? ''));
}

/** The preview: what an import of the file would do, without writing anything. */
export function usePreviewImport(regionId: string) {
  return useMutation({ mutationKey: importKeys.preview(regionId), mutationFn: (run: ImportRun) => runInChunks(run, false) });
}

/**
 * The import itself, of the rows the preview found writable (new, or an update of the dossier
 * with that e-mail). The callable checks every row again, so a dossier created by someone else
 * since the preview is reported as a duplicate, never written twice.
 */
export function useCommitImport(regionId: string) {
  return useMutation({
    mutationKey: importKeys.commit(regionId),
    mutationFn: ({ preview, ...run }: ImportRun & { preview: readonly FileImportOutcome[] }) => runInChunks({ ...run, only: rowsToWrite(preview) }, true),
  });
}
