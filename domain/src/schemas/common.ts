import { z } from 'zod';
import { slugPattern } from '../regions.js';

/** Firestore document ids made by Koers or by Firestore's auto-ids. */
export const idSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/, 'invalid id');
export const regionIdSchema = z.string().regex(slugPattern, 'invalid region id');
export const uidSchema = z.string().min(1).max(128);

export const nameSchema = z.string().trim().min(1).max(200);
export const emailSchema = z.email().max(254);
export const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+()\d\s-]*$/, 'invalid phone number');
export const postcodeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}\s?[A-Za-z]{2}$/, 'invalid postcode');
/** A calendar date without time, as people type it: YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();
export const urlSchema = z.url().max(500);
export const shortTextSchema = z.string().trim().max(500);
export const longTextSchema = z.string().trim().max(10_000);

/** Who last changed a document, and when: required on every client write (see rules). */
export const trackedSchema = z.object({
  createdAt: z.date(),
  createdBy: z.string(),
  updatedAt: z.date(),
  updatedBy: z.string(),
});
