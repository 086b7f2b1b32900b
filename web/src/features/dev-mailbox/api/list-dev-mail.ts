import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { devMailboxKeys } from './dev-mailbox-keys';

/** One mail as the emulator-only endpoint GET /api/dev/mail reports it. */
export const devMailSchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullish(),
  state: z.string(),
  error: z.string().nullish(),
  createdAt: z.coerce.date().nullish(),
});
export type DevMail = z.infer<typeof devMailSchema>;

export const devMailListSchema = z.object({ mails: z.array(devMailSchema) });

/** The endpoint answers 404 outside the emulators: that is "not available", not an error. */
export class DevMailboxUnavailableError extends Error {
  override name = 'DevMailboxUnavailableError';
}

/** Mail the dev delivery would have sent, newest first. */
export async function listDevMail(): Promise<DevMail[]> {
  const response = await fetch('/api/dev/mail', { headers: { Accept: 'application/json' } });
  if (response.status === 404) throw new DevMailboxUnavailableError('The dev mailbox is not available here');
  if (!response.ok) throw new Error(`GET /api/dev/mail answered ${response.status}`);
  return devMailListSchema.parse(await response.json()).mails;
}

export function devMailQueryOptions() {
  return queryOptions({ queryKey: devMailboxKeys.list(), queryFn: listDevMail, retry: false, staleTime: 0 });
}

export function useDevMail() {
  return useQuery(devMailQueryOptions());
}
