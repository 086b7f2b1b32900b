import { myDataExportSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';

/** `exportMyData({})`: every document about me, as plain JSON (AVG art. 15 and 20). */
export const exportMyData = callable('exportMyData', z.object({}).strict(), myDataExportSchema);

export function useExportMyData() {
  return useMutation({ mutationFn: () => exportMyData({}) });
}
