// Importing the regional network (organisations, each optionally with one contact person) from
// a CSV file, planned in full before anything is written. Pure: the browser reads the region's
// organisations and contacts, asks for a plan, shows it row by row, and writes the plan's writes.
//
// Matching makes a re-run harmless: an organisation is found by BRIN when the row has one, else
// by normalized name + place; a contact within its organisation by e-mail, else by normalized
// name. New documents get ids derived from that same match key, so even a retry after a partial
// failure writes to the documents the first attempt created instead of next to them.
import { contactSchema, organisationSchema, type Contact, type Organisation } from './schemas/network.js';
import { emailSchema, nameSchema, phoneSchema, postcodeSchema, shortTextSchema, urlSchema } from './schemas/common.js';
import { headerKey } from './pilot-import-file.js';
import { normalizeEmail, normalizeText } from './text.js';
import { organisationTypes, sectors, type OrganisationType, type Sector } from './vocabularies.js';

// ---------------------------------------------------------------------------- columns

/** The fields one file row may carry: the organisation, then its (optional) contact person. */
export const networkCsvColumns = [
  'type',
  'naam',
  'sectoren',
  'adres',
  'postcode',
  'plaats',
  'brin',
  'bestuur',
  'website',
  'contact_naam',
  'contact_functie',
  'contact_email',
  'contact_telefoon',
] as const;
export type NetworkCsvColumn = (typeof networkCsvColumns)[number];

/** Without a name column no organisation can be recognised or created. */
export const requiredNetworkCsvColumns = ['naam'] as const satisfies readonly NetworkCsvColumn[];

export type NetworkColumnMapping = Partial<Record<NetworkCsvColumn, string>>;

const networkHeaderAliases: Partial<Record<NetworkCsvColumn, readonly string[]>> = {
  type: ['soort', 'soort organisatie', 'organisatietype', 'type organisatie'],
  naam: ['organisatie', 'naam organisatie', 'organisatienaam', 'school', 'name'],
  sectoren: ['sector', 'onderwijssector', 'onderwijssoort'],
  adres: ['straat', 'bezoekadres', 'address'],
  plaats: ['vestigingsplaats', 'woonplaats', 'gemeente', 'city'],
  brin: ['brinnummer', 'brin code', 'brincode', 'vestigingscode'],
  bestuur: ['schoolbestuur', 'bevoegd gezag', 'board'],
  website: ['site', 'url', 'internet'],
  contact_naam: ['contactpersoon', 'naam contactpersoon', 'contact'],
  contact_functie: ['functie', 'functie contactpersoon', 'rol'],
  contact_email: ['email', 'e-mail', 'e-mailadres', 'emailadres', 'e-mail contactpersoon'],
  contact_telefoon: ['telefoon', 'telefoonnummer', 'tel', 'telefoon contactpersoon'],
};

/** Each field gets the header with its own name, else one of its aliases; no header twice. */
export function suggestNetworkMapping(headers: readonly string[]): NetworkColumnMapping {
  const mapping: NetworkColumnMapping = {};
  const used = new Set<string>();
  const take = (column: NetworkCsvColumn, keys: readonly string[]) => {
    if (mapping[column] !== undefined) return;
    const header = headers.find((candidate) => !used.has(candidate) && keys.includes(headerKey(candidate)));
    if (header === undefined) return;
    mapping[column] = header;
    used.add(header);
  };
  for (const column of networkCsvColumns) take(column, [headerKey(column)]);
  for (const column of networkCsvColumns) take(column, (networkHeaderAliases[column] ?? []).map(headerKey));
  return mapping;
}

export function missingNetworkColumns(mapping: NetworkColumnMapping): NetworkCsvColumn[] {
  return requiredNetworkCsvColumns.filter((column) => !mapping[column]);
}

export type NetworkRow = Partial<Record<NetworkCsvColumn, string>>;

/** The file's rows keyed by field, trimmed; unmapped fields are left out (they keep what is there). */
export function applyNetworkMapping(rows: ReadonlyArray<Record<string, string | undefined>>, mapping: NetworkColumnMapping): NetworkRow[] {
  const pairs = networkCsvColumns.flatMap((column) => {
    const header = mapping[column];
    return header === undefined ? [] : [[column, header] as const];
  });
  return rows.map((row) => Object.fromEntries(pairs.map(([column, header]) => [column, (row[header] ?? '').trim().slice(0, 2000)])));
}

// ---------------------------------------------------------------------------- values

const typeWords: Record<OrganisationType, readonly string[]> = {
  school: ['school', 'schoolvestiging', 'vestiging', 'kindcentrum'],
  school_board: ['school_board', 'bestuur', 'schoolbestuur', 'board', 'stichting', 'bevoegd gezag'],
  training_institute: ['training_institute', 'opleiding', 'lerarenopleiding', 'opleidingsinstituut', 'instituut', 'pabo', 'hogeschool', 'universiteit'],
  regional_desk: ['regional_desk', 'regioloket', 'loket', 'onderwijsloket'],
};

/** A type as people write it ("Schoolbestuur", "lerarenopleiding", "school_board"), or null. */
export function parseOrganisationType(value: string): OrganisationType | null {
  const key = normalizeText(value);
  return organisationTypes.find((type) => typeWords[type].some((word) => normalizeText(word) === key)) ?? null;
}

const sectorWords: Record<Sector, readonly string[]> = {
  po: ['po', 'primair onderwijs', 'primair', 'basisonderwijs', 'bao'],
  vo: ['vo', 'voortgezet onderwijs', 'voortgezet'],
  so: ['so', 'speciaal onderwijs', 'speciaal', 'sbo', 'vso', '(v)so'],
  mbo: ['mbo', 'middelbaar beroepsonderwijs'],
  ho: ['ho', 'hoger onderwijs', 'hbo', 'wo'],
  pro: ['pro', 'praktijkonderwijs'],
};

/** Sectors separated by commas, semicolons, slashes or "en"; the words that are no sector are returned too. */
export function parseSectors(value: string): { sectors: Sector[]; unknown: string[] } {
  const found = new Set<Sector>();
  const unknown: string[] = [];
  for (const part of value.split(/[,;/|+]|\s+en\s+/i)) {
    const key = normalizeText(part);
    if (!key) continue;
    const sector = sectors.find((candidate) => sectorWords[candidate].includes(key));
    if (sector) found.add(sector);
    else unknown.push(part.trim());
  }
  return { sectors: sectors.filter((sector) => found.has(sector)), unknown };
}

/** A BRIN number (or location code) compared without spaces or case. */
export function normalizeBrin(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

/** "6511ab" and "6511 AB" are one postcode; written the way people read it. */
function formatPostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}

/** "www.school.nl" is meant as a web address. */
function withScheme(value: string): string {
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}

// ---------------------------------------------------------------------------- keys and ids

/** What an organisation is recognised by: its BRIN, else its normalized name and place. */
export function organisationMatchKey(organisation: { brin: string | null; name: string; place: string | null }): string {
  const brin = normalizeBrin(organisation.brin);
  return brin ? `brin:${brin}` : `name:${normalizeText(organisation.name)}|${normalizeText(organisation.place ?? '')}`;
}

/** What a contact is recognised by within its organisation: e-mail, else normalized name. */
export function contactMatchKey(contact: { email: string | null; name: string }): string {
  return contact.email ? `email:${normalizeEmail(contact.email)}` : `name:${normalizeText(contact.name)}`;
}

/** Two FNV-1a passes with different offsets: 16 hex characters, stable everywhere, no crypto needed. */
export function stableHash(value: string): string {
  const pass = (offset: number) => {
    let hash = offset >>> 0;
    for (let index = 0; index < value.length; index++) {
      hash ^= value.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return pass(0x811c9dc5) + pass(0x6c8e9cf5);
}

function slug(value: string, max: number): string {
  return normalizeText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** An id that is not taken yet: the derived one, else the same with -2, -3, … (still deterministic for the same data). */
function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The id of a new organisation: the region (organisation ids are unique across regions), a
 * readable part of the name, and a hash of the match key. `taken` holds the ids in use, so a
 * renamed organisation that still holds the id is never overwritten.
 */
export function newOrganisationId(regionId: string, organisation: { brin: string | null; name: string; place: string | null }, taken: ReadonlySet<string> = new Set()): string {
  const name = slug(organisation.name, 40) || 'organisatie';
  return freeId(`${regionId}-${name}-${stableHash(organisationMatchKey(organisation)).slice(0, 10)}`, taken);
}

/** The id of a new contact: its organisation, a readable part of the name, a hash of the match key. */
export function newContactId(organisationId: string, contact: { email: string | null; name: string }, taken: ReadonlySet<string> = new Set()): string {
  const name = slug(contact.name, 24) || 'contact';
  return freeId(`${organisationId}-${name}-${stableHash(contactMatchKey(contact)).slice(0, 10)}`, taken);
}

type Stored<T> = T & { id: string };

/**
 * The organisation a row means, among `organisations`: with a BRIN, the one with that BRIN, or
 * one with the same name and place that has no BRIN yet; without, the one(s) with that name and
 * place. More than one is ambiguous (the caller asks for a BRIN).
 */
export function findOrganisationMatches<T extends { brin: string | null; name: string; place: string | null }>(
  organisations: readonly T[],
  wanted: { brin: string | null; name: string | null; place: string | null },
): T[] {
  const brin = normalizeBrin(wanted.brin);
  if (brin) {
    const byBrin = organisations.filter((organisation) => normalizeBrin(organisation.brin) === brin);
    if (byBrin.length > 0 || wanted.name === null) return byBrin;
  }
  if (wanted.name === null) return [];
  const key = organisationMatchKey({ brin: null, name: wanted.name, place: wanted.place });
  return organisations.filter(
    (organisation) => (!brin || !normalizeBrin(organisation.brin)) && organisationMatchKey({ ...organisation, brin: null }) === key,
  );
}

/** The contact a row means among an organisation's contacts: same e-mail, else same name (without another e-mail). */
export function findContactMatch<T extends { email: string | null; name: string }>(contacts: readonly T[], wanted: { email: string | null; name: string }): T | null {
  if (wanted.email) {
    const email = normalizeEmail(wanted.email);
    const byEmail = contacts.find((contact) => contact.email !== null && normalizeEmail(contact.email) === email);
    if (byEmail) return byEmail;
  }
  const name = normalizeText(wanted.name);
  return contacts.find((contact) => normalizeText(contact.name) === name && (!wanted.email || !contact.email)) ?? null;
}

// ---------------------------------------------------------------------------- planning

export type NetworkProblemCode =
  | 'name_missing'
  | 'name_invalid'
  | 'type_missing'
  | 'type_unknown'
  | 'sector_unknown'
  | 'postcode_invalid'
  | 'brin_invalid'
  | 'website_invalid'
  | 'text_too_long'
  | 'board_not_found'
  | 'board_not_a_board'
  | 'board_for_school_only'
  | 'ambiguous_match'
  | 'contact_name_missing'
  | 'contact_email_invalid'
  | 'contact_phone_invalid';

export interface NetworkImportProblem {
  column: NetworkCsvColumn | null;
  code: NetworkProblemCode;
  /** The value from the file the problem is about, when that helps. */
  value?: string;
}

export type NetworkDocumentAction = 'create' | 'update' | 'unchanged';
export type NetworkRowStatus = NetworkDocumentAction | 'invalid';

export interface NetworkRowPart {
  id: string;
  name: string;
  action: NetworkDocumentAction;
  /** Fields this row changes (for updates). */
  changes: string[];
  /** The earlier row of the file about the same document, if any. */
  sameAsRow: number | null;
}

export interface NetworkImportRowOutcome {
  /** 1-based data row of the file. */
  row: number;
  status: NetworkRowStatus;
  problems: NetworkImportProblem[];
  organisation: NetworkRowPart | null;
  contact: NetworkRowPart | null;
}

type OrganisationData = Omit<Organisation, 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>;
type ContactData = Omit<Contact, 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>;

export type NetworkImportWrite =
  | { collection: 'organisations'; kind: 'create'; id: string; data: OrganisationData; rows: number[] }
  | { collection: 'organisations'; kind: 'update'; id: string; data: Partial<OrganisationData>; baseUpdatedAt: Date | null; rows: number[] }
  | { collection: 'contacts'; kind: 'create'; id: string; data: ContactData; rows: number[] }
  | { collection: 'contacts'; kind: 'update'; id: string; data: Partial<ContactData>; baseUpdatedAt: Date | null; rows: number[] };

export interface NetworkImportPlan {
  rows: NetworkImportRowOutcome[];
  /** One write per document, organisations first: the final state after all rows. */
  writes: NetworkImportWrite[];
}

export interface NetworkImportExisting {
  organisations: ReadonlyArray<Stored<Organisation>>;
  contacts: ReadonlyArray<Stored<Contact>>;
}

const organisationFields = ['type', 'name', 'sectors', 'address', 'postcode', 'place', 'brin', 'boardId', 'website'] as const;
const contactFields = ['organisationId', 'name', 'jobTitle', 'email', 'phone'] as const;

interface Working<T> {
  id: string;
  original: T | null;
  current: T;
  baseUpdatedAt: Date | null;
  rows: number[];
  firstRow: number | null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

/** What a row says about its organisation: only the values it gives (empty cells keep what is there). */
interface ParsedRow {
  problems: NetworkImportProblem[];
  organisation: Omit<Partial<OrganisationData>, 'name' | 'brin' | 'place'> & { name: string | null; brin: string | null; place: string | null };
  boardRef: string | null;
  contact: { name: string; jobTitle: string | null; email: string | null; phone: string | null } | null;
}

function parseRow(row: NetworkRow): ParsedRow {
  const problems: NetworkImportProblem[] = [];
  const text = (column: NetworkCsvColumn) => row[column]?.trim() ?? '';
  const short = (column: NetworkCsvColumn): string | null => {
    const value = text(column);
    if (!value) return null;
    if (!shortTextSchema.safeParse(value).success) {
      problems.push({ column, code: 'text_too_long' });
      return null;
    }
    return value;
  };
  const organisation: ParsedRow['organisation'] = { name: null, brin: null, place: null };

  const name = text('naam');
  if (name) {
    if (nameSchema.safeParse(name).success) organisation.name = name;
    else problems.push({ column: 'naam', code: 'name_invalid' });
  }
  const type = text('type');
  if (type) {
    const parsed = parseOrganisationType(type);
    if (parsed) organisation.type = parsed;
    else problems.push({ column: 'type', code: 'type_unknown', value: type });
  }
  const sectorText = text('sectoren');
  if (sectorText) {
    const parsed = parseSectors(sectorText);
    for (const value of parsed.unknown) problems.push({ column: 'sectoren', code: 'sector_unknown', value });
    if (parsed.sectors.length > 0) organisation.sectors = parsed.sectors;
  }
  const address = short('adres');
  if (address) organisation.address = address;
  const place = short('plaats');
  if (place) organisation.place = place;
  const postcode = text('postcode');
  if (postcode) {
    if (postcodeSchema.safeParse(postcode).success) organisation.postcode = formatPostcode(postcode);
    else problems.push({ column: 'postcode', code: 'postcode_invalid', value: postcode });
  }
  const brin = normalizeBrin(text('brin'));
  if (brin) {
    if (/^[0-9A-Z]{2,8}$/.test(brin)) organisation.brin = brin;
    else problems.push({ column: 'brin', code: 'brin_invalid', value: text('brin') });
  }
  const website = text('website');
  if (website) {
    const url = withScheme(website);
    if (urlSchema.safeParse(url).success) organisation.website = url;
    else problems.push({ column: 'website', code: 'website_invalid', value: website });
  }
  const boardRef = text('bestuur') || null;

  let contact: ParsedRow['contact'] = null;
  const contactColumns = ['contact_naam', 'contact_functie', 'contact_email', 'contact_telefoon'] as const;
  if (contactColumns.some((column) => text(column))) {
    const contactName = text('contact_naam');
    if (!contactName) problems.push({ column: 'contact_naam', code: 'contact_name_missing' });
    else if (!nameSchema.safeParse(contactName).success) problems.push({ column: 'contact_naam', code: 'name_invalid' });
    const email = text('contact_email');
    if (email && !emailSchema.safeParse(normalizeEmail(email)).success) problems.push({ column: 'contact_email', code: 'contact_email_invalid', value: email });
    const phone = text('contact_telefoon');
    if (phone && !phoneSchema.safeParse(phone).success) problems.push({ column: 'contact_telefoon', code: 'contact_phone_invalid', value: phone });
    contact = { name: contactName, jobTitle: short('contact_functie'), email: email ? normalizeEmail(email) : null, phone: phone || null };
  }
  return { problems, organisation, boardRef, contact };
}

/**
 * The plan for a file: per row what it would do (new, update, unchanged, invalid with reasons)
 * and one write per document touched. Rows about the same organisation (in Firestore or earlier
 * in the file) are merged into it; empty cells never erase a stored value. A row with any
 * problem is skipped as a whole. Board rows are planned first, so a school may name a board
 * that appears further down the file.
 */
export function planNetworkImport(regionId: string, rows: readonly NetworkRow[], existing: NetworkImportExisting): NetworkImportPlan {
  const organisations = new Map<string, Working<OrganisationData>>();
  const contacts = new Map<string, Working<ContactData>>();
  const takenIds = new Set<string>();
  for (const organisation of existing.organisations) {
    const { id, updatedAt } = organisation;
    const data = pick(organisation, organisationFields);
    organisations.set(id, { id, original: data, current: data, baseUpdatedAt: updatedAt ?? null, rows: [], firstRow: null });
    takenIds.add(id);
  }
  for (const contact of existing.contacts) {
    const { id, updatedAt } = contact;
    const data = pick(contact, contactFields);
    contacts.set(id, { id, original: data, current: data, baseUpdatedAt: updatedAt ?? null, rows: [], firstRow: null });
    takenIds.add(id);
  }

  const parsed = rows.map(parseRow);
  const order = rows.map((_, index) => index);
  const isBoardRow = (index: number) => parsed[index]?.organisation.type === 'school_board';
  order.sort((a, b) => Number(isBoardRow(b)) - Number(isBoardRow(a)) || a - b);

  const outcomes: NetworkImportRowOutcome[] = new Array<NetworkImportRowOutcome>(rows.length);
  for (const index of order) {
    const row = index + 1;
    const { problems, organisation: given, boardRef, contact: givenContact } = parsed[index]!;
    const invalid = (extra: NetworkImportProblem[] = []): NetworkImportRowOutcome => ({
      row,
      status: 'invalid',
      problems: [...problems, ...extra],
      organisation: null,
      contact: null,
    });

    const matches = findOrganisationMatches(
      [...organisations.values()].map((working) => ({ ...working.current, workingId: working.id })),
      { brin: given.brin, name: given.name, place: given.place },
    );
    if (matches.length > 1) {
      outcomes[index] = invalid([{ column: given.brin ? 'brin' : 'naam', code: 'ambiguous_match' }]);
      continue;
    }
    const match = matches[0] ? organisations.get(matches[0].workingId)! : null;
    const extra: NetworkImportProblem[] = [];
    if (!match && given.name === null && !problems.some((problem) => problem.column === 'naam')) extra.push({ column: 'naam', code: 'name_missing' });
    if (!match && !given.type && !problems.some((problem) => problem.column === 'type')) extra.push({ column: 'type', code: 'type_missing' });

    let boardId: string | null | undefined;
    if (boardRef) {
      const boards = [...organisations.values()].filter((working) => working.current.type === 'school_board');
      const ref = normalizeBrin(boardRef);
      const key = normalizeText(boardRef);
      const board = boards.find((working) => normalizeBrin(working.current.brin) === ref) ?? boards.find((working) => normalizeText(working.current.name) === key);
      const type = given.type ?? match?.current.type;
      if (type && type !== 'school') extra.push({ column: 'bestuur', code: 'board_for_school_only' });
      else if (!board) {
        const other = [...organisations.values()].some((working) => normalizeText(working.current.name) === key || normalizeBrin(working.current.brin) === ref);
        extra.push({ column: 'bestuur', code: other ? 'board_not_a_board' : 'board_not_found', value: boardRef });
      } else boardId = board.id;
    }
    if (problems.length > 0 || extra.length > 0) {
      outcomes[index] = invalid(extra);
      continue;
    }

    // The organisation: a new one, or the matched one with the values this row gives.
    const { name: givenName, brin: givenBrin, place: givenPlace, ...rest } = given;
    const values: Partial<OrganisationData> = { ...rest };
    if (givenName !== null) values.name = givenName;
    if (givenBrin !== null) values.brin = givenBrin;
    if (givenPlace !== null) values.place = givenPlace;
    if (boardId !== undefined) values.boardId = boardId;

    let organisationPart: NetworkRowPart;
    let organisationId: string;
    if (!match) {
      const data = organisationSchema.parse({
        type: given.type,
        name: given.name,
        sectors: [],
        address: null,
        postcode: null,
        place: null,
        brin: null,
        boardId: null,
        website: null,
        ...values,
      }) as OrganisationData;
      organisationId = newOrganisationId(regionId, data, takenIds);
      takenIds.add(organisationId);
      organisations.set(organisationId, { id: organisationId, original: null, current: data, baseUpdatedAt: null, rows: [row], firstRow: row });
      organisationPart = { id: organisationId, name: data.name, action: 'create', changes: [], sameAsRow: null };
    } else {
      organisationId = match.id;
      // Name and place are the match key: a variant that only differs in case or accents is the same.
      const changes = organisationFields.filter(
        (field) =>
          field in values &&
          !same(values[field], match.current[field]) &&
          !((field === 'name' || field === 'place') && normalizeText(String(values[field])) === normalizeText(String(match.current[field] ?? ''))),
      );
      const sameAsRow = match.firstRow;
      if (changes.length > 0) {
        match.current = { ...match.current, ...pick(values as OrganisationData, changes) };
        match.rows.push(row);
      }
      if (match.firstRow === null) match.firstRow = row;
      organisationPart = { id: organisationId, name: match.current.name, action: changes.length > 0 ? 'update' : 'unchanged', changes, sameAsRow };
    }

    // Its contact person, if the row names one.
    let contactPart: NetworkRowPart | null = null;
    if (givenContact) {
      const own = [...contacts.values()].filter((working) => working.current.organisationId === organisationId);
      const found = findContactMatch(
        own.map((working) => ({ ...working.current, workingId: working.id })),
        givenContact,
      );
      const contactMatch = found ? contacts.get(found.workingId)! : null;
      if (!contactMatch) {
        const data = contactSchema.parse({
          organisationId,
          name: givenContact.name,
          jobTitle: givenContact.jobTitle ?? '',
          email: givenContact.email,
          phone: givenContact.phone,
        }) as ContactData;
        const id = newContactId(organisationId, data, takenIds);
        takenIds.add(id);
        contacts.set(id, { id, original: null, current: data, baseUpdatedAt: null, rows: [row], firstRow: row });
        contactPart = { id, name: data.name, action: 'create', changes: [], sameAsRow: null };
      } else {
        const contactValues: Partial<ContactData> = { name: givenContact.name };
        if (givenContact.jobTitle) contactValues.jobTitle = givenContact.jobTitle;
        if (givenContact.email) contactValues.email = givenContact.email;
        if (givenContact.phone) contactValues.phone = givenContact.phone;
        const changes = contactFields.filter(
          (field) =>
            field in contactValues &&
            !same(contactValues[field], contactMatch.current[field]) &&
            !(field === 'name' && normalizeText(givenContact.name) === normalizeText(contactMatch.current.name)),
        );
        const sameAsRow = contactMatch.firstRow;
        if (changes.length > 0) {
          contactMatch.current = { ...contactMatch.current, ...pick(contactValues as ContactData, changes) };
          contactMatch.rows.push(row);
        }
        if (contactMatch.firstRow === null) contactMatch.firstRow = row;
        contactPart = { id: contactMatch.id, name: contactMatch.current.name, action: changes.length > 0 ? 'update' : 'unchanged', changes, sameAsRow };
      }
    }

    const actions = [organisationPart.action, contactPart?.action];
    const status: NetworkRowStatus = actions.includes('create') ? 'create' : actions.includes('update') ? 'update' : 'unchanged';
    outcomes[index] = { row, status, problems: [], organisation: organisationPart, contact: contactPart };
  }

  const writes: NetworkImportWrite[] = [];
  for (const working of organisations.values()) {
    if (working.original === null) {
      writes.push({ collection: 'organisations', kind: 'create', id: working.id, data: working.current, rows: working.rows });
      continue;
    }
    const changed = organisationFields.filter((field) => !same(working.current[field], working.original![field]));
    if (changed.length > 0) {
      writes.push({ collection: 'organisations', kind: 'update', id: working.id, data: pick(working.current, changed), baseUpdatedAt: working.baseUpdatedAt, rows: working.rows });
    }
  }
  for (const working of contacts.values()) {
    if (working.original === null) {
      writes.push({ collection: 'contacts', kind: 'create', id: working.id, data: working.current, rows: working.rows });
      continue;
    }
    const changed = contactFields.filter((field) => !same(working.current[field], working.original![field]));
    if (changed.length > 0) {
      writes.push({ collection: 'contacts', kind: 'update', id: working.id, data: pick(working.current, changed), baseUpdatedAt: working.baseUpdatedAt, rows: working.rows });
    }
  }
  return { rows: outcomes, writes };
}

export function countNetworkOutcomes(outcomes: readonly NetworkImportRowOutcome[]): Record<NetworkRowStatus, number> {
  const counts: Record<NetworkRowStatus, number> = { create: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return counts;
}
