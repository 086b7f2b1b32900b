import { z } from 'zod';
import { idSchema, regionIdSchema } from './common.js';

/** `threads/{id}`: a conversation; only its participants read it. */
export const threadSchema = z.object({
  title: z.string().trim().min(1).max(200),
  regionId: regionIdSchema,
  candidateId: idSchema.nullable(),
  /** True when the candidate takes part; stakeholder-only threads are never shown to them. */
  includesCandidate: z.boolean(),
  participantUids: z.array(z.string()).min(1).max(50),
  /** Per participant: the moment from which they may read (history shown or not when added). */
  visibleFrom: z.record(z.string(), z.date()),
  createdBy: z.string(),
  createdAt: z.date(),
  lastMessageAt: z.date().nullable(),
});
export type Thread = z.infer<typeof threadSchema>;

/** `threads/{t}/messages/{id}`. Deleted messages keep their place with `deleted: true`. */
export const messageSchema = z.object({
  authorUid: z.string(),
  authorName: z.string().max(200),
  text: z.string().max(5000),
  mentions: z.array(z.string()).max(50),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  deleted: z.boolean(),
});
export type Message = z.infer<typeof messageSchema>;

/** `users/{uid}/notifications/{id}`: written by functions, marked read by the user. */
export const notificationSchema = z.object({
  kind: z.enum(['message', 'mention', 'task', 'match', 'intake', 'handover']),
  title: z.string().max(200),
  body: z.string().max(1000),
  link: z.string().max(500),
  read: z.boolean(),
  createdAt: z.date(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** `mail/{id}`: outbox in the Trigger Email extension's format. Functions only. */
export const mailSchema = z
  .object({
    to: z.array(z.email()).optional(),
    /** Recipients by account: the extension looks their address up in `users/{uid}.email`. */
    toUids: z.array(z.string().max(128)).optional(),
    message: z.object({ subject: z.string(), text: z.string(), html: z.string().optional() }),
    /** Ignored by the extension: why Koers queued the mail, without its content. */
    meta: z
      .object({ kind: z.string().max(60), regionId: z.string().max(64), candidateId: z.string().max(128).nullable(), createdAt: z.date() })
      .optional(),
    delivery: z
      .object({
        state: z.enum(['PENDING', 'PROCESSING', 'SUCCESS', 'ERROR']),
        attempts: z.number().int(),
        error: z.string().nullable(),
      })
      .optional(),
  })
  .refine((mail) => (mail.to?.length ?? 0) + (mail.toUids?.length ?? 0) > 0, { message: 'a mail needs a recipient', path: ['to'] });
export type Mail = z.infer<typeof mailSchema>;
