import { z } from 'zod';
/** `threads/{id}`: a conversation; only its participants read it. */
export declare const threadSchema: z.ZodObject<{
    title: z.ZodString;
    regionId: z.ZodString;
    candidateId: z.ZodNullable<z.ZodString>;
    includesCandidate: z.ZodBoolean;
    participantUids: z.ZodArray<z.ZodString>;
    visibleFrom: z.ZodRecord<z.ZodString, z.ZodDate>;
    createdBy: z.ZodString;
    createdAt: z.ZodDate;
    lastMessageAt: z.ZodNullable<z.ZodDate>;
}, z.core.$strip>;
export type Thread = z.infer<typeof threadSchema>;
/** `threads/{t}/messages/{id}`. Deleted messages keep their place with `deleted: true`. */
export declare const messageSchema: z.ZodObject<{
    authorUid: z.ZodString;
    authorName: z.ZodString;
    text: z.ZodString;
    mentions: z.ZodArray<z.ZodString>;
    createdAt: z.ZodDate;
    editedAt: z.ZodNullable<z.ZodDate>;
    deleted: z.ZodBoolean;
}, z.core.$strip>;
export type Message = z.infer<typeof messageSchema>;
/** `users/{uid}/notifications/{id}`: written by functions, marked read by the user. */
export declare const notificationSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        message: "message";
        match: "match";
        mention: "mention";
        task: "task";
        intake: "intake";
        handover: "handover";
    }>;
    title: z.ZodString;
    body: z.ZodString;
    link: z.ZodString;
    read: z.ZodBoolean;
    createdAt: z.ZodDate;
}, z.core.$strip>;
export type Notification = z.infer<typeof notificationSchema>;
/** `mail/{id}`: outbox in the Trigger Email extension's format. Functions only. */
export declare const mailSchema: z.ZodObject<{
    to: z.ZodArray<z.ZodEmail>;
    message: z.ZodObject<{
        subject: z.ZodString;
        text: z.ZodString;
        html: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    delivery: z.ZodOptional<z.ZodObject<{
        state: z.ZodEnum<{
            PENDING: "PENDING";
            PROCESSING: "PROCESSING";
            SUCCESS: "SUCCESS";
            ERROR: "ERROR";
        }>;
        attempts: z.ZodNumber;
        error: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Mail = z.infer<typeof mailSchema>;
