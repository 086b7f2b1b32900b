import { distance } from 'fastest-levenshtein';
import { normalizeEmail, normalizeText, phoneDigits } from './text.js';

/** What duplicate detection compares: the identifying part of a profile. */
export interface IdentityFields {
  name: string;
  email: string | null;
  phone: string | null;
  birthDate: string | null;
  postcode: string | null;
}

export type DuplicateReason = 'same_email' | 'same_phone' | 'similar_name_and_birth_date' | 'similar_name_and_postcode';

/** Names at least this similar (0–1, 1 = equal after normalizing) count as "similar". */
export const similarNameThreshold = 0.85;

/** Similarity of two names, ignoring case, accents, spacing and word order ("de Vries, Anna"). */
export function nameSimilarity(a: string, b: string): number {
  const left = nameKey(a);
  const right = nameKey(b);
  if (!left || !right) return 0;
  const longest = Math.max(left.length, right.length);
  return 1 - distance(left, right) / longest;
}

function nameKey(name: string): string {
  return normalizeText(name)
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

const compactPostcode = (postcode: string) => postcode.replace(/\s/g, '').toUpperCase();

/**
 * Why two people are likely the same person, strongest reason first; empty when they are not.
 * Same e-mail or phone is decisive; a similar name needs a second fact (birth date or postcode),
 * because many people share a name.
 */
export function duplicateReasons(a: IdentityFields, b: IdentityFields): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (a.email && b.email && normalizeEmail(a.email) === normalizeEmail(b.email)) reasons.push('same_email');
  if (a.phone && b.phone) {
    const left = phoneDigits(a.phone);
    if (left.length >= 6 && left === phoneDigits(b.phone)) reasons.push('same_phone');
  }
  if (nameSimilarity(a.name, b.name) >= similarNameThreshold) {
    if (a.birthDate && a.birthDate === b.birthDate) reasons.push('similar_name_and_birth_date');
    if (a.postcode && b.postcode && compactPostcode(a.postcode) === compactPostcode(b.postcode)) reasons.push('similar_name_and_postcode');
  }
  return reasons;
}

/** The existing records that `incoming` likely duplicates, with their reasons. */
export function findDuplicates<T extends IdentityFields & { id: string }>(
  incoming: IdentityFields,
  existing: readonly T[],
): Array<{ candidate: T; reasons: DuplicateReason[] }> {
  return existing.flatMap((candidate) => {
    const reasons = duplicateReasons(incoming, candidate);
    return reasons.length ? [{ candidate, reasons }] : [];
  });
}
