import { z } from 'zod';
import { idSchema, regionIdSchema, uidSchema } from './common.js';

// ---------------------------------------------------------------- threads

/** What a participant is in a thread, for names and badges (users/{uid} is private). */
export const participantRoles = ['coordinator', 'adviser', 'director', 'hr', 'training', 'candidate'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/**
 * Someone added to a running thread sees either the whole history or only what follows
 * (`visibleFrom`). The choice is stored so every participant can see it.
 */
export const historyChoices = ['all', 'from_now'] as const;
export type HistoryChoice = (typeof historyChoices)[number];

export const threadParticipantSchema = z.object({
  name: z.string().max(200),
  role: z.enum(participantRoles),
  /** The school or institute a HR or training participant speaks for. */
  organisationName: z.string().max(200).nullable(),
  addedAt: z.date(),
  addedBy: z.string(),
  history: z.enum(historyChoices),
});
export type ThreadParticipant = z.infer<typeof threadParticipantSchema>;

export const threadLastMessageSchema = z.object({
  authorName: z.string().max(200),
  /** The first characters of the text; empty for a deleted message. */
  preview: z.string().max(160),
  at: z.date(),
});

/**
 * `threads/{id}`: a conversation. Created and joined only through callables (they check who
 * may take part); the message trigger keeps `lastMessage`, `messageCount` and `unread` current.
 * A participant only resets their own `unread` entry and stamps their own `readAt`.
 */
export const threadSchema = z.object({
  title: z.string().trim().min(1).max(200),
  regionId: regionIdSchema,
  /** The candidate the thread is about, or null for a general thread between stakeholders. */
  candidateId: idSchema.nullable(),
  /** True when the candidate takes part; stakeholder-only threads are never shown to them. */
  includesCandidate: z.boolean(),
  participantUids: z.array(uidSchema).min(1).max(50),
  participants: z.record(z.string(), threadParticipantSchema),
  /** Per participant: the moment from which they may read messages. */
  visibleFrom: z.record(z.string(), z.date()),
  createdBy: z.string(),
  createdAt: z.date(),
  /** For ordering the thread list: the last message, else the creation. */
  lastActivityAt: z.date(),
  lastMessage: threadLastMessageSchema.nullable(),
  messageCount: z.number().int().nonnegative(),
  /** Per participant: messages by others they have not read yet (badge without reading messages). */
  unread: z.record(z.string(), z.number().int().nonnegative()),
  /** Per participant: when they last read the thread (read receipts). */
  readAt: z.record(z.string(), z.date()),
});
export type Thread = z.infer<typeof threadSchema>;

/** Window in which an author may still edit or delete their message. Mirrored in the rules. */
export const messageEditWindowMinutes = 15;

export const messageKinds = ['text', 'participants_added'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** What a `participants_added` message records (written by the function that adds them). */
export const participantsAddedEventSchema = z.object({
  names: z.array(z.string().max(200)).min(1).max(50),
  history: z.enum(historyChoices),
});

/**
 * `threads/{t}/messages/{id}`. Clients create text messages as themselves; the trigger stamps
 * `deliveredAt` once it has counted the message. Deleted messages keep their place with
 * `deleted: true` and an empty text.
 */
export const messageSchema = z.object({
  kind: z.enum(messageKinds).default('text'),
  authorUid: z.string(),
  authorName: z.string().max(200),
  text: z.string().max(5000),
  /** Participants named with @; each gets a mention notification. */
  mentions: z.array(z.string()).max(50),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  deleted: z.boolean(),
  deliveredAt: z.date().nullable().default(null),
  event: participantsAddedEventSchema.nullable().default(null),
});
export type Message = z.infer<typeof messageSchema>;

/** The text a client may send: trimmed, not empty, within the limit. */
export const messageTextSchema = z.string().trim().min(1, 'empty').max(5000);

/** `threads/{t}/typing/{uid}`: who is typing right now (a participant's own entry). */
export const typingSchema = z.object({
  name: z.string().max(200),
  at: z.date(),
});
export type Typing = z.infer<typeof typingSchema>;
/** A typing entry older than this no longer shows ("is typing" fades when someone stops). */
export const typingFreshSeconds = 6;

// ---------------------------------------------------------------- callables

export const startThreadInputSchema = z
  .object({
    regionId: regionIdSchema,
    candidateId: idSchema.nullable(),
    includesCandidate: z.boolean(),
    title: z.string().trim().min(1).max(200),
    /** Everyone else to take part (the caller always does; the candidate's account is added when included). */
    participantUids: z.array(uidSchema).max(49),
    /** Optional first message, sent as the caller. */
    text: z.string().trim().max(5000).optional(),
  })
  .refine((input) => input.candidateId !== null || !input.includesCandidate, {
    message: 'a general thread cannot include a candidate',
    path: ['includesCandidate'],
  });
export type StartThreadInput = z.infer<typeof startThreadInputSchema>;
export const startThreadResultSchema = z.object({ threadId: idSchema });

export const addThreadParticipantsInputSchema = z.object({
  threadId: idSchema,
  uids: z.array(uidSchema).min(1).max(49),
  history: z.enum(historyChoices),
});
export type AddThreadParticipantsInput = z.infer<typeof addThreadParticipantsInputSchema>;
export const addThreadParticipantsResultSchema = z.object({ added: z.array(uidSchema) });

// ---------------------------------------------------------------- notifications

export const notificationKinds = ['message', 'mention', 'task', 'match', 'intake', 'handover'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How a person wants to hear of a kind of notification besides the bell. */
export const deliveryModes = ['in_app', 'immediate', 'daily'] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

/** `users/{uid}.notificationPreferences`: per kind; kinds left out use the default. */
export const notificationPreferencesSchema = z.partialRecord(z.enum(notificationKinds), z.enum(deliveryModes));
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** Everyone starts with e-mail for each kind; message mails only go out when a thread had nothing unread. */
export const defaultDelivery: Record<NotificationKind, DeliveryMode> = {
  message: 'immediate',
  mention: 'immediate',
  task: 'immediate',
  match: 'immediate',
  intake: 'immediate',
  handover: 'immediate',
};

export function deliveryFor(preferences: NotificationPreferences | null | undefined, kind: NotificationKind): DeliveryMode {
  return preferences?.[kind] ?? defaultDelivery[kind];
}

/** Where a notification stands with e-mail: none, sent at once, waiting for or sent in the digest. */
export const notificationEmailStates = ['none', 'immediate', 'digest_pending', 'digest_sent'] as const;
export type NotificationEmailState = (typeof notificationEmailStates)[number];

/** `users/{uid}/notifications/{id}`: written by functions, marked read by the user. */
export const notificationSchema = z.object({
  kind: z.enum(notificationKinds),
  title: z.string().max(200),
  body: z.string().max(1000),
  link: z.string().max(500),
  read: z.boolean(),
  createdAt: z.date(),
  email: z.enum(notificationEmailStates).default('none'),
});
export type Notification = z.infer<typeof notificationSchema>;

// ---------------------------------------------------------------- mail

export const mailDeliveryStates = ['PENDING', 'PROCESSING', 'SUCCESS', 'ERROR'] as const;

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
        state: z.enum(mailDeliveryStates),
        attempts: z.number().int(),
        error: z.string().nullable(),
        startTime: z.date().nullable().optional(),
        endTime: z.date().nullable().optional(),
        leaseExpireTime: z.date().nullable().optional(),
        /** The addresses the mail went to (toUids resolved), as the extension reports them. */
        info: z.object({ accepted: z.array(z.string()), rejected: z.array(z.string()) }).nullable().optional(),
      })
      .optional(),
  })
  .refine((mail) => (mail.to?.length ?? 0) + (mail.toUids?.length ?? 0) > 0, { message: 'a mail needs a recipient', path: ['to'] });
export type Mail = z.infer<typeof mailSchema>;
