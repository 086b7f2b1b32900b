import { importPilotCandidatesInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { importPilotCandidates as runImport, type ImportResult } from './pilot-import.js';

/**
 * `importPilotCandidates({ regionId, rows, commit })` → a report per row. With `commit: false`
 * it only reports (the preview); invalid rows and likely duplicates are never written.
 */
export const importPilotCandidates = onCall({ timeoutSeconds: 120, memory: '512MiB' }, async (request): Promise<ImportResult> => {
  const { uid } = requireAuth(request);
  return runImport(services(), uid, parseInput(importPilotCandidatesInputSchema, request.data));
});
