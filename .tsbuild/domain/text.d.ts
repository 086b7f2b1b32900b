/** Text helpers shared by search, matching and duplicate detection. */
/** Lower-case, without diacritics, single spaces: "Çelik  Ünal" → "celik unal". */
export declare function normalizeText(value: string): string;
export declare function normalizeEmail(email: string): string;
/** Phone numbers compare on digits only; a Dutch +31 prefix is treated as the leading 0. */
export declare function phoneDigits(phone: string): string;
/**
 * Prefix tokens for `array-contains` search: every prefix (2–15 chars) of every word,
 * so typing any start of a name, place, postcode, e-mail or phone finds the person.
 */
export declare function searchTokens(values: ReadonlyArray<string | null | undefined>): string[];
/** The single token a search box query is looked up by. */
export declare function searchKey(query: string): string | null;
