import { contactSchema, organisationSchema, organisationTypes, sectors, type Organisation, type OrganisationType, type Sector } from '@koers/domain';
import { z } from 'zod';
import type { ContactInput } from '../api/save-contact';
import type { OrganisationDetails } from '../api/update-organisation';

/** What the organisation form holds: text as typed ('' for "not given"). */
export interface OrganisationFormValues {
  type: OrganisationType | '';
  name: string;
  sectors: Sector[];
  address: string;
  postcode: string;
  place: string;
  brin: string;
  boardId: string;
  website: string;
}

/** What the contact form holds. */
export interface ContactFormValues {
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const withScheme = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !/^https?:\/\//i.test(value.trim()) ? `https://${value.trim()}` : value);
const shape = organisationSchema.shape;

/** The same rules as the stored document (organisationSchema); empty text becomes null, "www.…" a web address. */
export const organisationFormSchema = z.object({
  type: z.enum(organisationTypes),
  name: shape.name,
  sectors: z.array(z.enum(sectors)),
  address: z.preprocess(blankToNull, shape.address),
  postcode: z.preprocess((value) => {
    const blank = blankToNull(value);
    return typeof blank === 'string' ? blank.replace(/\s+/g, '').toUpperCase().replace(/^(\d{4})/, '$1 ') : blank;
  }, shape.postcode),
  place: z.preprocess(blankToNull, shape.place),
  brin: z.preprocess((value) => {
    const blank = blankToNull(value);
    return typeof blank === 'string' ? blank.replace(/\s+/g, '').toUpperCase() : blank;
  }, shape.brin.refine((value) => value === null || /^[0-9A-Z]{2,8}$/.test(value))),
  boardId: z.preprocess(blankToNull, shape.boardId),
  website: z.preprocess((value) => withScheme(blankToNull(value)), shape.website),
}) satisfies z.ZodType<OrganisationDetails, unknown>;

const contactShape = contactSchema.shape;

/** A contact person: name required; e-mail and phone optional but well-formed. */
export const contactFormSchema = z.object({
  name: contactShape.name,
  jobTitle: contactShape.jobTitle,
  email: z.preprocess((value) => {
    const blank = blankToNull(value);
    return typeof blank === 'string' ? blank.trim().toLowerCase() : blank;
  }, contactShape.email),
  phone: z.preprocess(blankToNull, contactShape.phone),
}) satisfies z.ZodType<ContactInput, unknown>;

export function organisationFormValues(organisation?: Organisation): OrganisationFormValues {
  return {
    type: organisation?.type ?? '',
    name: organisation?.name ?? '',
    sectors: organisation?.sectors ?? [],
    address: organisation?.address ?? '',
    postcode: organisation?.postcode ?? '',
    place: organisation?.place ?? '',
    brin: organisation?.brin ?? '',
    boardId: organisation?.boardId ?? '',
    website: organisation?.website ?? '',
  };
}

export function contactFormValues(contact?: ContactInput): ContactFormValues {
  return { name: contact?.name ?? '', jobTitle: contact?.jobTitle ?? '', email: contact?.email ?? '', phone: contact?.phone ?? '' };
}
