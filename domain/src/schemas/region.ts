import { z } from 'zod';
import { defaultLosingSightDays } from '../regions.js';
import { nameSchema, shortTextSchema, longTextSchema, trackedSchema } from './common.js';

/** A web origin such as `https://www.example.org`: no path, query or trailing slash. */
export const originSchema = z
  .string()
  .trim()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'use an origin such as https://www.example.org');

export const customFieldTypes = ['string', 'number', 'boolean', 'string_list', 'choice'] as const;

export const customFieldDefinitionSchema = z.object({
  /** Machine name as sent by websites in `custom_fields[].field_name`. */
  name: z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'use lower-case letters, digits and _'),
  label: nameSchema,
  type: z.enum(customFieldTypes),
  options: z.array(nameSchema).max(100).optional(),
  required: z.boolean().default(false),
}).refine((field) => field.type !== 'choice' || (field.options?.length ?? 0) > 0, {
  message: 'a choice needs at least one option',
  path: ['options'],
});
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;

export const regionSettingsSchema = z.object({
  losingSightDays: z.number().int().min(1).max(365).default(defaultLosingSightDays),
  senderName: shortTextSchema,
  privacyText: longTextSchema,
  customFields: z.array(customFieldDefinitionSchema).max(50),
  /** Websites that may embed this region's forms, as origins (scheme + host [+ port]). */
  allowedOrigins: z.array(originSchema).max(20),
  /** The adviser who gets new website and API candidates: a task and a notification. */
  intakeOwnerUid: z.string().max(128).nullable().optional(),
});
export type RegionSettings = z.infer<typeof regionSettingsSchema>;

/** `regions/{regionId}`: an onderwijsregio and its regional desk. */
export const regionSchema = z.object({
  name: nameSchema,
  /** Municipalities the desk serves (werkgebied); intake routes candidates by these. */
  municipalities: z.array(nameSchema).max(200),
  participating: z.boolean(),
  settings: regionSettingsSchema,
  /** Set by app writes; the settings form compares updatedAt to refuse stale saves. */
  ...trackedSchema.partial().shape,
});
export type Region = z.infer<typeof regionSchema>;
