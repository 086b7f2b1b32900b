import { regionIdSchema, setMyConsentInputSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { mijnKeys } from '../../../api/keys';
import { callable } from '../../../lib/callable';
import { queryClient } from '../../../lib/query-client';

export const setMyConsentResultSchema = z.object({ changed: z.boolean(), regionIds: z.array(regionIdSchema) });

/** `setMyConsent(decision)`: one consent decision, recorded with its time; a withdrawn region loses access at once. */
export const setMyConsent = callable('setMyConsent', setMyConsentInputSchema, setMyConsentResultSchema);

export function useSetMyConsent() {
  // The function brings the view up to date before it answers; everything else may change with the regions.
  return useMutation({ mutationFn: setMyConsent, onSuccess: () => queryClient.invalidateQueries({ queryKey: mijnKeys.all }) });
}
