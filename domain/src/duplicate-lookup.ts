import { nameSimilarity, similarNameThreshold, type IdentityFields } from './duplicates.js';
import { normalizeText, phoneDigits } from './text.js';

/** Firestore's limit on the disjunctions of one query (and the values of one `array-contains-any`). */
export const maxLookupTokens = 30;
/** The most index entries one duplicate lookup reads. */
export const duplicateLookupLimit = 50;

// Must match searchTokens (text.ts), which the index's searchKeys are built from: words split
// on these characters, prefixes of 2–15 chars.
const minTokenLength = 2;
const maxTokenLength = 15;
const wordSeparators = /[\s,;()]+/;

/**
 * Dutch name particles (tussenvoegsels) and initials: shared by too many people to find a
 * namesake by, so they are left out of the lookup.
 */
const nameParticles = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'von', 'vd', 'v.d.']);

/** The search token a whole word is indexed under: the word, cut at the longest prefix. */
function wholeWordToken(word: string): string | null {
  return word.length >= minTokenLength ? word.slice(0, maxTokenLength) : null;
}

/**
 * The search tokens that find the people `incoming` may duplicate, for ONE query on a region's
 * candidate index (any of them: an OR of `searchKeys.<token> == true`, see `searchKeyField`):
 * the e-mail address, the phone number in the forms it may have been typed in (compact, with 0,
 * with +31), and each word of the name. Each is the exact token `searchTokens` indexes a whole
 * value under, so a hit means that value is the same (or, for values longer than 15
 * characters, starts the same). At most 30 (Firestore's limit on disjunctions); strongest first.
 */
export function duplicateLookupTokens(incoming: Pick<IdentityFields, 'name' | 'email' | 'phone'>): string[] {
  const tokens: string[] = [];
  const add = (token: string | null) => {
    if (token && !tokens.includes(token)) tokens.push(token);
  };
  if (incoming.email) add(wholeWordToken(normalizeText(incoming.email)));
  if (incoming.phone) {
    const digits = phoneDigits(incoming.phone);
    if (digits.length >= 6) {
      add(wholeWordToken(normalizeText(incoming.phone).replace(/[\s-]/g, '')));
      add(wholeWordToken(digits));
      if (digits.startsWith('0') && !digits.startsWith('00')) add(wholeWordToken(`+31${digits.slice(1)}`));
    }
  }
  for (const word of normalizeText(incoming.name).split(wordSeparators)) {
    if (!nameParticles.has(word) && word.length > 1) add(wholeWordToken(word));
  }
  return tokens.slice(0, maxLookupTokens);
}

/**
 * Whether deciding about `existing` needs its birth date, which the candidate index does not
 * hold: only when the incoming person has one and the names are similar (the only reason a
 * birth date counts). Everything else `duplicateReasons` compares is in the index.
 */
export function needsBirthDate(incoming: IdentityFields, existing: Pick<IdentityFields, 'name'>): boolean {
  return incoming.birthDate !== null && nameSimilarity(incoming.name, existing.name) >= similarNameThreshold;
}
