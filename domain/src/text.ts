/** Text helpers shared by search, matching and duplicate detection. */

/** Lower-case, without diacritics, single spaces: "Çelik  Ünal" → "celik unal". */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Phone numbers compare on digits only; a Dutch +31 prefix is treated as the leading 0. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0031')) return `0${digits.slice(4)}`;
  if (digits.startsWith('31') && digits.length === 11) return `0${digits.slice(2)}`;
  return digits;
}

const minTokenLength = 2;
const maxTokenLength = 15;

/**
 * Prefix tokens for search: every prefix (2–15 chars) of every word, so typing any start
 * of a name, place, postcode, e-mail or phone finds the person.
 */
export function searchTokens(values: ReadonlyArray<string | null | undefined>): string[] {
  const tokens = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    const normalized = normalizeText(value);
    const words = normalized.split(/[\s,;()]+/).filter(Boolean);
    // E-mail addresses: also index the local part and the full address.
    for (const word of words) {
      const local = word.split('@')[0];
      const parts = word.includes('@') && local ? [word, local] : [word];
      for (const part of parts) addPrefixes(tokens, part);
    }
    // Postcodes and phone numbers are typed with or without spaces.
    const compact = normalized.replace(/[\s-]/g, '');
    if (compact !== normalized && /\d/.test(compact)) addPrefixes(tokens, compact);
  }
  return [...tokens].sort();
}

function addPrefixes(tokens: Set<string>, word: string): void {
  const limit = Math.min(word.length, maxTokenLength);
  for (let length = minTokenLength; length <= limit; length++) tokens.add(word.slice(0, length));
}

/** The single token a search box query is looked up by. */
export function searchKey(query: string): string | null {
  const word = normalizeText(query).split(' ')[0]?.slice(0, maxTokenLength) ?? '';
  return word.length >= minTokenLength ? word : null;
}

/**
 * The map field a token is indexed under: `searchKeys.<token>`. Search is an equality filter
 * on one map entry rather than `array-contains` on a token array: Firestore indexes every map
 * entry on its own, and the emulator answers an equality on one field in a fraction of the
 * time it spends scanning every document's token array. Characters that cannot appear in a
 * dotted field path are replaced, on the indexing and the querying side alike.
 */
export function searchKeyField(token: string): string {
  return `searchKeys.${token.replace(/[^a-z0-9@+_-]/g, '_')}`;
}

/** The `searchKeys` map of an index entry: every search token of `values`, as map keys. */
export function searchKeyMap(values: ReadonlyArray<string | null | undefined>): Record<string, true> {
  return Object.fromEntries(searchTokens(values).map((token) => [searchKeyField(token).slice('searchKeys.'.length), true as const]));
}

/** Whether an index entry's `searchKeys` holds `token`. */
export function hasSearchKey(searchKeys: Readonly<Record<string, unknown>>, token: string): boolean {
  return searchKeys[searchKeyField(token).slice('searchKeys.'.length)] === true;
}
