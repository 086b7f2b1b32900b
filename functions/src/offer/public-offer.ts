// Reads behind the public offer API: a region, its listed activities (plus cross-regional ones
// of the other participating regions) and its listed vacancies with their schools.
import {
  activitySchema,
  isActivityListedFor,
  isVacancyListed,
  organisationSchema,
  regionIdSchema,
  toPublicActivity,
  toPublicVacancy,
  vacancySchema,
  type Organisation,
  type PublicActivity,
  type PublicVacancy,
} from '@koers/domain';
import type { Firestore, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logWarning } from '../lib/log.js';

/** What the public API needs of a region. */
export interface PublicRegion {
  /** Websites that may post registrations; empty means every website. */
  allowedOrigins: string[];
}

/**
 * The region, or null when the id is not a region (so the API answers 404). Only the origins
 * are read, leniently: entries that are not origins never match a request's Origin, so a
 * mistyped list refuses websites rather than opening the region to all of them.
 */
export async function loadRegion(db: Firestore, regionId: string): Promise<PublicRegion | null> {
  if (!regionIdSchema.safeParse(regionId).success) return null;
  const snapshot = await db.collection('regions').doc(regionId).get();
  if (!snapshot.exists) return null;
  const raw: unknown = snapshot.get('settings.allowedOrigins');
  return { allowedOrigins: Array.isArray(raw) ? raw.filter((entry): entry is string => typeof entry === 'string') : [] };
}

function parseEach<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[] }> } } }, docs: QueryDocumentSnapshot[], event: string): Array<{ id: string; data: T }> {
  const result: Array<{ id: string; data: T }> = [];
  for (const doc of docs) {
    const parsed = schema.safeParse(fromFirestoreData(doc.data()));
    if (parsed.success) result.push({ id: doc.id, data: parsed.data });
    else logWarning(event, { id: doc.id, fields: parsed.error.issues.map((issue) => issue.path.join('.')) });
  }
  return result;
}

async function upcomingActivities(db: Firestore, regionId: string, now: Date) {
  // One range filter (single-field index); `published` is checked here, so no composite index.
  const snapshot = await db.collection('regions').doc(regionId).collection('activities').where('endsAt', '>', now).get();
  return parseEach(activitySchema, snapshot.docs, 'public_offer.invalid_activity');
}

/**
 * What a region's website lists: the region's own published activities and the published
 * cross-regional ones of the other participating regions, each marked with its region, by start.
 */
export async function listPublicActivities(db: Firestore, regionId: string, now: Date): Promise<PublicActivity[]> {
  const participating = await db.collection('regions').where('participating', '==', true).get();
  const regionIds = [regionId, ...participating.docs.map((doc) => doc.id).filter((id) => id !== regionId)];
  const perRegion = await Promise.all(regionIds.map(async (id) => ({ id, activities: await upcomingActivities(db, id, now) })));
  return perRegion
    .flatMap(({ id, activities }) =>
      activities.filter(({ data }) => isActivityListedFor(data, id, regionId, now)).map(({ id: activityId, data }) => toPublicActivity(activityId, id, data)),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id));
}

/** The region's published vacancies whose closing date has not passed, soonest closing first. */
export async function listPublicVacancies(db: Firestore, regionId: string, now: Date): Promise<PublicVacancy[]> {
  const region = db.collection('regions').doc(regionId);
  const snapshot = await region.collection('vacancies').where('published', '==', true).get();
  const vacancies = parseEach(vacancySchema, snapshot.docs, 'public_offer.invalid_vacancy').filter(({ data }) => isVacancyListed(data, now));
  const organisationIds = [...new Set(vacancies.map(({ data }) => data.organisationId))];
  const organisations = new Map<string, Organisation>();
  if (organisationIds.length > 0) {
    const docs = await db.getAll(...organisationIds.map((id) => region.collection('organisations').doc(id)));
    for (const doc of docs) {
      const parsed = organisationSchema.safeParse(fromFirestoreData(doc.data()));
      if (parsed.success) organisations.set(doc.id, parsed.data);
    }
  }
  return vacancies
    .map(({ id, data }) => toPublicVacancy(id, data, organisations.get(data.organisationId) ?? null))
    .sort((a, b) => (a.closingDate ?? '9999').localeCompare(b.closingDate ?? '9999') || a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id));
}
