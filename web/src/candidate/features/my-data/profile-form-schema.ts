import {
  candidateProfileSchema,
  jobFunctions,
  priorEducationLevels,
  qualifications,
  sectors,
  subjects,
  type CandidateView,
  type JobFunction,
  type PriorEducation,
  type Qualification,
  type Sector,
  type SelfProfilePatch,
  type Subject,
} from '@koers/domain';
import { z } from 'zod';

/** The fields the form corrects (the self-editable ones, without the matching wishes). */
export const profileFormFields = ['phone', 'linkedin', 'address', 'postcode', 'place', 'motivation', 'priorEducation', 'sectors', 'functions', 'qualifications', 'subjects'] as const;
export type ProfileFormField = (typeof profileFormFields)[number];
export type ProfilePatch = Required<Pick<SelfProfilePatch, ProfileFormField>>;

/** What the form holds: text as typed ('' for "not given"), choices as lists. */
export interface ProfileFormValues {
  phone: string;
  linkedin: string;
  address: string;
  postcode: string;
  place: string;
  motivation: string;
  priorEducation: PriorEducation | '';
  sectors: Sector[];
  functions: JobFunction[];
  qualifications: Qualification[];
  subjects: Subject[];
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const shape = candidateProfileSchema.shape;

/** The dossier's own rules for each field (selfProfilePatchSchema's); empty text becomes null. */
export const profileFormSchema = z.object({
  phone: z.preprocess(blankToNull, shape.phone),
  linkedin: z.preprocess((value) => {
    const blank = blankToNull(value);
    return typeof blank === 'string' && !/^https?:\/\//i.test(blank.trim()) ? `https://${blank.trim()}` : blank;
  }, shape.linkedin),
  address: z.preprocess(blankToNull, shape.address),
  postcode: z.preprocess((value) => {
    const blank = blankToNull(value);
    return typeof blank === 'string' ? blank.replace(/\s+/g, '').toUpperCase().replace(/^(\d{4})/, '$1 ') : blank;
  }, shape.postcode),
  place: z.preprocess(blankToNull, shape.place),
  motivation: z.preprocess(blankToNull, shape.motivation),
  priorEducation: z.preprocess(blankToNull, z.enum(priorEducationLevels).nullable()),
  sectors: z.array(z.enum(sectors)),
  functions: z.array(z.enum(jobFunctions)),
  qualifications: z.array(z.enum(qualifications)),
  subjects: z.array(z.enum(subjects)),
}) satisfies z.ZodType<ProfilePatch, unknown>;

export function profileFormValues(view: CandidateView): ProfileFormValues {
  return {
    phone: view.phone ?? '',
    linkedin: view.linkedin ?? '',
    address: view.address ?? '',
    postcode: view.postcode ?? '',
    place: view.place ?? '',
    motivation: view.motivation ?? '',
    priorEducation: view.priorEducation ?? '',
    sectors: view.sectors,
    functions: view.functions,
    qualifications: view.qualifications,
    subjects: view.subjects,
  };
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  return (a ?? null) === (b ?? null);
}

/**
 * What to send to updateMyProfile: only the fields that differ from the view, and the view's
 * values of those fields as the base (so a change made meanwhile is a conflict, not lost).
 */
export function profileChanges(values: ProfilePatch, view: CandidateView): { changes: SelfProfilePatch; base: SelfProfilePatch } {
  const changed = profileFormFields.filter((field) => !same(values[field], view[field]));
  return {
    changes: Object.fromEntries(changed.map((field) => [field, values[field]])) as SelfProfilePatch,
    base: Object.fromEntries(changed.map((field) => [field, view[field]])) as SelfProfilePatch,
  };
}
