// The embeddable contact form for regions without one of their own: what the website widget
// fetches to draw it, what it sends, and how a submission becomes an intake. The widget, the
// API and the tests share these shapes.
import { z } from 'zod';
import { formEmailSchema, formGuardFields, formOptionalText, formPhoneSchema } from './form-guard.js';
import type { CandidateFromPilot } from './pilot-candidate.js';
import { longTextSchema, nameSchema, regionIdSchema } from './schemas/common.js';
import { sectors, type Sector } from './vocabularies.js';

/** Long enough for a real question, short enough that a paste of a whole CV is refused. */
export const contactQuestionMaxLength = 2_000;
export const contactPlaceMaxLength = 200;

/** `GET /api/public/v1/regions/{r}/contact-form`: what the widget needs to draw the form. */
export const publicContactFormSchema = z.strictObject({
  regionId: regionIdSchema,
  regionName: nameSchema,
  /** Shown with the consent box; the consent recorded with the dossier refers to it. */
  privacyText: longTextSchema,
  /** The sectors a visitor may tick, in the order the form shows them. */
  interests: z.array(z.enum(sectors)),
});
export type PublicContactForm = z.infer<typeof publicContactFormSchema>;

/** `POST /api/public/v1/regions/{r}/contact`: what the contact form sends. */
export const contactFormInputSchema = z.object({
  name: nameSchema,
  email: formEmailSchema,
  phone: formPhoneSchema,
  place: formOptionalText(contactPlaceMaxLength),
  interests: z.array(z.enum(sectors)).max(sectors.length * 2).default([]),
  question: formOptionalText(contactQuestionMaxLength),
  consent: z.literal(true, { error: 'consent must be true: the visitor ticks the box with the privacy text' }),
  ...formGuardFields,
});
/** The body as sent (optional fields may be missing). */
export type ContactFormInput = z.input<typeof contactFormInputSchema>;
export type ContactForm = z.output<typeof contactFormInputSchema>;

/** The summary of the contact that a question leaves in the dossier's history. */
export const contactFormQuestionSummary = 'Vraag via het contactformulier';

/**
 * A submission as an intake: only what the visitor gave (an adviser fills in the rest in the
 * first conversation), the journey left to the intake's defaults, the question as a contact.
 */
export function contactFormToIntake(input: ContactForm): CandidateFromPilot {
  return {
    profile: {
      name: input.name,
      email: input.email.toLowerCase(),
      phone: input.phone ?? null,
      linkedin: null,
      birthDate: null,
      address: null,
      postcode: null,
      place: input.place ?? null,
      motivation: null,
      sectors: [...new Set<Sector>(input.interests)],
      functions: [],
      qualifications: [],
      subjects: [],
      priorEducation: null,
    },
    phase: null,
    status: null,
    notes: null,
    exitReasonText: null,
    customFields: {},
    interactions: input.question
      ? [{ kind: 'other', summary: contactFormQuestionSummary, notes: input.question, performedAt: null, performedByName: null, durationMinutes: null }]
      : [],
  };
}
