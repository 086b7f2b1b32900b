import { z } from 'zod';
import { defaultLosingSightDays } from '../regions.js';
import { nameSchema, shortTextSchema, longTextSchema } from './common.js';

export const customFieldTypes = ['string', 'number', 'boolean', 'string_list', 'choice'] as const;

export const customFieldDefinitionSchema = z.object({
  /** Machine name as sent by websites in `custom_fields[].field_name`. */
  name: z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'use lower-case letters, digits and _'),
  label: nameSchema,
  type: z.enum(customFieldTypes),
  options: z.array(nameSchema).max(100).optional(),
  required: z.boolean().default(false),
});
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;

export const regionSettingsSchema = z.object({
  losingSightDays: z.number().int().min(1).max(365).default(defaultLosingSightDays),
  senderName: shortTextSchema,
  privacyText: longTextSchema,
  customFields: z.array(customFieldDefinitionSchema).max(50),
  allowedOrigins: z.array(z.url()).max(20),
});
export type RegionSettings = z.infer<typeof regionSettingsSchema>;

/** `regions/{regionId}`: an onderwijsregio and its regional desk. */
export const regionSchema = z.object({
  name: nameSchema,
  /** Municipalities the desk serves (werkgebied); intake routes candidates by these. */
  municipalities: z.array(nameSchema).max(200),
  participating: z.boolean(),
  settings: regionSettingsSchema,
});
export type Region = z.infer<typeof regionSchema>;
