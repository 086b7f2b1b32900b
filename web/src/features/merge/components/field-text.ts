import type { Candidate } from '@koers/domain';
import type { TFunction } from 'i18next';

type Format = { date: (value: Date) => string };

/** Fields the merge screen shows side by side, in this order. */
export const comparedFields = ['email', 'phone', 'birthDate', 'postcode', 'place', 'ownerUid', 'sectors', 'functions', 'subjects', 'createdAt'] as const;
export type ComparedField = (typeof comparedFields)[number];

/** A dossier field's label in the interface language. */
export function fieldLabel(t: TFunction, field: string): string {
  switch (field) {
    case 'name':
    case 'email':
    case 'phone':
    case 'birthDate':
    case 'address':
    case 'postcode':
    case 'place':
    case 'linkedin':
    case 'sectors':
    case 'functions':
    case 'qualifications':
    case 'subjects':
    case 'priorEducation':
    case 'motivation':
    case 'ownerUid':
    case 'tags':
    case 'notes':
      return t(`dossier.fields.${field}`);
    case 'bottlenecks':
    case 'regionIds':
    case 'introducedOrganisationIds':
    case 'customFields':
    case 'lastContactAt':
    case 'authUid':
    case 'createdAt':
      return t(`merge.fields.${field}`);
    default:
      return field;
  }
}

/** A dossier field's value as a person reads it ('—' when empty). */
export function fieldText(t: TFunction, format: Format, field: string, value: unknown, nameOf: (uid: string) => string): string {
  const none = t('common.none');
  if (value === null || value === undefined || value === '') return none;
  if (Array.isArray(value)) {
    if (value.length === 0) return none;
    const item = (entry: string) => {
      switch (field) {
        case 'sectors':
          return t(`vocab.sector.${entry as Candidate['sectors'][number]}`);
        case 'functions':
          return t(`vocab.jobFunction.${entry as Candidate['functions'][number]}`);
        case 'qualifications':
          return t(`vocab.qualification.${entry as Candidate['qualifications'][number]}`);
        case 'subjects':
          return t(`vocab.subject.${entry as Candidate['subjects'][number]}`);
        default:
          return entry;
      }
    };
    return value.map((entry) => item(String(entry))).join(', ');
  }
  if (value instanceof Date) return format.date(value);
  if (field === 'birthDate' && typeof value === 'string') return format.date(new Date(`${value}T12:00:00`));
  if (field === 'ownerUid' && typeof value === 'string') return nameOf(value);
  if (field === 'priorEducation' && typeof value === 'string') return t(`vocab.priorEducation.${value as NonNullable<Candidate['priorEducation']>}`);
  if (field === 'authUid') return t('merge.linkedAccount');
  if (field === 'customFields' && typeof value === 'object') return Object.keys(value).join(', ');
  return String(value);
}
