// The public offer API for websites (`/api/public/v1/...`): lists of a region's published
// activities and vacancies, and a visitor's registration for an activity.
import { fieldProblems, formGuardVerdict, honeypotField, publicRegistrationInputSchema, type PublicActivityList, type PublicVacancyList } from '@koers/domain';
import type { ApiRequest, ApiResponse, Route } from '../api/router.js';
import { logEvent, logWarning } from '../lib/log.js';
import { services } from '../setup.js';
import {
  cachedJson,
  clientAddress,
  headerValue,
  originDecision,
  postCorsHeaders,
  postPreflight,
  problemResponse,
  publicCorsHeaders,
  publicPreflight,
  readJsonBody,
} from './http.js';
import { listPublicActivities, listPublicVacancies, loadRegion } from './public-offer.js';
import { consumeRateLimit, rateLimitKey, registrationRateLimit } from './rate-limit.js';
import { registerVisitor } from './register-visitor.js';

const base = '/public/v1/regions/:regionId';

function regionNotFound(headers: Record<string, string>): ApiResponse {
  return { status: 404, body: { statusCode: 404, message: 'Region not found' }, headers };
}

async function activitiesHandler(request: ApiRequest): Promise<ApiResponse> {
  const { db, now } = services();
  const regionId = request.params.regionId!;
  if (!(await loadRegion(db, regionId))) return regionNotFound({ ...publicCorsHeaders });
  const body: PublicActivityList = { regionId, activities: await listPublicActivities(db, regionId, now()) };
  return cachedJson(request, body);
}

async function vacanciesHandler(request: ApiRequest): Promise<ApiResponse> {
  const { db, now } = services();
  const regionId = request.params.regionId!;
  if (!(await loadRegion(db, regionId))) return regionNotFound({ ...publicCorsHeaders });
  const body: PublicVacancyList = { regionId, vacancies: await listPublicVacancies(db, regionId, now()) };
  return cachedJson(request, body);
}

async function registrationPreflight(request: ApiRequest): Promise<ApiResponse> {
  const region = await loadRegion(services().db, request.params.regionId!);
  return postPreflight(originDecision(region?.allowedOrigins ?? [], headerValue(request.headers, 'origin')));
}

/**
 * Answers: 201 registered, 200 already registered (nothing new written), 400 invalid (with
 * `problems` per field), 403 origin not allowed, 404 unknown region/activity or not published,
 * 409 started or full (`reason`), 413 too large, 415 not JSON, 422 refused by the form guard
 * (honeypot filled or sent too fast: `reason: 'form_guard'`, nothing written; a person sends
 * again), 429 too many posts from one address (with Retry-After).
 */
async function registrationHandler(request: ApiRequest): Promise<ApiResponse> {
  const { db, now } = services();
  const { regionId, activityId } = request.params as { regionId: string; activityId: string };
  const region = await loadRegion(db, regionId);
  const decision = originDecision(region?.allowedOrigins ?? [], headerValue(request.headers, 'origin'));
  if (decision.kind === 'refused') return { status: 403, body: { statusCode: 403, message: 'Origin not allowed' }, headers: postCorsHeaders(decision) };
  const cors = postCorsHeaders(decision);
  if (!region) return regionNotFound(cors);

  const limit = await consumeRateLimit(db, rateLimitKey('registration', clientAddress(request.headers, request.ip)), now(), registrationRateLimit);
  if (!limit.allowed) {
    logWarning('public_registration.rate_limited', { regionId, activityId });
    return { status: 429, body: { statusCode: 429, message: 'Too many registrations, try again later' }, headers: { ...cors, 'Retry-After': String(limit.retryAfterSeconds) } };
  }

  const body = readJsonBody(request, cors);
  if (!body.ok) return body.response;
  const parsed = publicRegistrationInputSchema.safeParse(body.value);
  if (!parsed.success) return problemResponse(400, 'The registration is not valid', fieldProblems(parsed.error.issues), cors);

  const guard = formGuardVerdict({ honeypot: parsed.data[honeypotField], elapsedMs: parsed.data.elapsedMs });
  if (!guard.accepted) {
    logWarning('public_registration.form_guard', { regionId, activityId, reason: guard.reason });
    return { status: 422, body: { statusCode: 422, message: 'The registration was refused; check the form and send it again', reason: 'form_guard' }, headers: cors };
  }

  const outcome = await registerVisitor(db, regionId, activityId, parsed.data, now());
  logEvent('public_registration.outcome', { regionId, activityId, outcome: outcome.kind });
  switch (outcome.kind) {
    case 'registered':
      return { status: 201, body: { status: 'registered' }, headers: cors };
    case 'already_registered':
      return { status: 200, body: { status: 'already_registered' }, headers: cors };
    case 'not_found':
      return { status: 404, body: { statusCode: 404, message: 'Activity not found' }, headers: cors };
    case 'started':
      return { status: 409, body: { statusCode: 409, message: 'The activity has already started', reason: 'started' }, headers: cors };
    case 'full':
      return { status: 409, body: { statusCode: 409, message: 'The activity is full', reason: 'full' }, headers: cors };
  }
}

export const publicOfferRoutes: readonly Route[] = [
  { method: 'GET', path: `${base}/activities`, handler: activitiesHandler },
  { method: 'OPTIONS', path: `${base}/activities`, handler: publicPreflight },
  { method: 'GET', path: `${base}/vacancies`, handler: vacanciesHandler },
  { method: 'OPTIONS', path: `${base}/vacancies`, handler: publicPreflight },
  { method: 'POST', path: `${base}/activities/:activityId/registrations`, handler: registrationHandler },
  { method: 'OPTIONS', path: `${base}/activities/:activityId/registrations`, handler: registrationPreflight },
];
