import { z } from 'zod';
import { duplicateReasons, type DuplicateReason, type IdentityFields } from './duplicates.js';
import { fromPilotCandidate, parsePilotCsvRow, type CandidateFromPilot } from './pilot-candidate.js';
import { regionIdSchema } from './schemas/common.js';
import { normalizeEmail } from './text.js';

/** At most this many rows per call; the web app sends larger files in chunks. */
export const maxImportRows = 500;

export const importPilotCandidatesInputSchema = z.object({
  regionId: regionIdSchema,
  /** Rows keyed by the CSV's column headers (the pilot's field names). */
  rows: z.array(z.record(z.string().max(100), z.string().max(20_000))).min(1).max(maxImportRows),
  /** False: only report what would happen. True: write the valid rows. */
  commit: z.boolean(),
});
export type ImportPilotCandidatesInput = z.infer<typeof importPilotCandidatesInputSchema>;

export type ImportAction = 'create' | 'update' | 'invalid' | 'duplicate_in_file' | 'possible_duplicate';

export interface ImportRowOutcome {
  /** 1-based, as spreadsheet users count data rows. */
  row: number;
  action: ImportAction;
  problems: Array<{ column: string; message: string }>;
  /** The existing dossier it updates or likely duplicates. */
  candidateId: string | null;
  reasons: DuplicateReason[];
}

export interface PlannedWrite {
  row: number;
  candidate: CandidateFromPilot;
  existingId: string | null;
}

/**
 * Decides per row what an import does, without writing: invalid rows and likely duplicates are
 * reported, never written. A row whose e-mail matches an existing dossier updates it (the pilot's
 * upsert-on-email), so importing the same file twice creates nothing new.
 */
export function planPilotImport(
  rows: ReadonlyArray<Record<string, string>>,
  existing: ReadonlyArray<IdentityFields & { id: string }>,
): { outcomes: ImportRowOutcome[]; writes: PlannedWrite[] } {
  const byEmail = new Map(existing.filter((item) => item.email).map((item) => [normalizeEmail(item.email as string), item]));
  const seenInFile = new Map<string, number>();
  const outcomes: ImportRowOutcome[] = [];
  const writes: PlannedWrite[] = [];

  rows.forEach((raw, index) => {
    const row = index + 1;
    const parsed = parsePilotCsvRow(raw);
    if (!parsed.ok) {
      outcomes.push({ row, action: 'invalid', problems: parsed.problems, candidateId: null, reasons: [] });
      return;
    }
    const candidate = fromPilotCandidate(parsed.candidate);
    const email = normalizeEmail(candidate.profile.email ?? '');
    const earlierRow = seenInFile.get(email);
    if (earlierRow !== undefined) {
      outcomes.push({
        row,
        action: 'duplicate_in_file',
        problems: [{ column: 'email', message: `same e-mail as row ${earlierRow}` }],
        candidateId: null,
        reasons: ['same_email'],
      });
      return;
    }
    seenInFile.set(email, row);

    const sameEmail = byEmail.get(email);
    if (sameEmail) {
      outcomes.push({ row, action: 'update', problems: [], candidateId: sameEmail.id, reasons: ['same_email'] });
      writes.push({ row, candidate, existingId: sameEmail.id });
      return;
    }
    const likely = existing
      .map((item) => ({ item, reasons: duplicateReasons(candidate.profile, item) }))
      .find((hit) => hit.reasons.length > 0);
    if (likely) {
      outcomes.push({ row, action: 'possible_duplicate', problems: [], candidateId: likely.item.id, reasons: likely.reasons });
      return;
    }
    outcomes.push({ row, action: 'create', problems: [], candidateId: null, reasons: [] });
    writes.push({ row, candidate, existingId: null });
  });
  return { outcomes, writes };
}
