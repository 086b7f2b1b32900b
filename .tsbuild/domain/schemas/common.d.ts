import { z } from 'zod';
/** Firestore document ids made by Koers or by Firestore's auto-ids. */
export declare const idSchema: z.ZodString;
export declare const regionIdSchema: z.ZodString;
export declare const uidSchema: z.ZodString;
export declare const nameSchema: z.ZodString;
export declare const emailSchema: z.ZodEmail;
export declare const phoneSchema: z.ZodString;
export declare const postcodeSchema: z.ZodString;
/** A calendar date without time, as people type it: YYYY-MM-DD. */
export declare const isoDateSchema: z.ZodISODate;
export declare const urlSchema: z.ZodURL;
export declare const shortTextSchema: z.ZodString;
export declare const longTextSchema: z.ZodString;
/** Who last changed a document, and when: required on every client write (see rules). */
export declare const trackedSchema: z.ZodObject<{
    createdAt: z.ZodDate;
    createdBy: z.ZodString;
    updatedAt: z.ZodDate;
    updatedBy: z.ZodString;
}, z.core.$strip>;
