import type { MyDataExport } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { exportMyData as exportData } from './export.js';

/** `exportMyData({})` → myDataExportSchema: everything about the calling candidate, as JSON. */
export const exportMyData = onCall(async (request): Promise<MyDataExport> => {
  const { uid } = requireAuth(request);
  return exportData(services(), uid);
});
