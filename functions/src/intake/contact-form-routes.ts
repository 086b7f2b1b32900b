// The embeddable contact form's API (`/api/public/v1/regions/{r}/contact-form` and `/contact`):
// what the widget needs to draw the form, and a visitor's submission, which becomes an intake
// like the pilot API's. The posting side shares its guards with activity registrations:
// the region's allowed origins, a per-address rate limit, JSON only, and the form guard.
import {
  contactFormInputSchema,
  contactFormToIntake,
  fieldProblems,
  formGuardVerdict,
  honeypotField,
  sectors,
  type PublicContactForm,
} from '@koers/domain';
import type { ApiRequest, ApiResponse, Route } from '../api/router.js';
import { logEvent, logWarning } from '../lib/log.js';
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
  type OriginDecision,
} from '../offer/http.js';
import { consumeRateLimit, rateLimitKey, type RateLimitPolicy } from '../offer/rate-limit.js';
import { services } from '../setup.js';
import { IntakeError, intakeCandidate } from './intake-candidate.js';
import { loadIntakeRegion, type IntakeRegion } from './intake-region.js';

const base = '/public/v1/regions/:regionId';

/**
 * A person sends the contact form once; a school or office behind one address a few times.
 * Counted apart from registrations, so signing up for activities never blocks a question.
 */
export const contactFormRateLimit: RateLimitPolicy = { limit: 10, windowMs: 10 * 60_000 };

/** Header the widget's own iframe page (widget/contact.html) sends: the site that frames it. */
export const embedderHeader = 'x-koers-embedder';

function regionNotFound(headers: Record<string, string>): ApiResponse {
  return { status: 404, body: { statusCode: 404, message: 'Region not found' }, headers };
}

/** The host this API is served at, as the front end (Hosting) reports it. */
function ownHost(headers: ApiRequest['headers']): string | null {
  const host = headerValue(headers, 'x-forwarded-host')?.split(',')[0]?.trim() || headerValue(headers, 'host');
  return host ? host.toLowerCase() : null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The allowed-origins decision. A post from Koers' own iframe page comes from Koers' origin,
 * which no region lists: then the site framing that page (reported by the page, from what the
 * browser says of its ancestors) is what the list is checked against. The page opened on its
 * own, unframed, is Koers' page and allowed. Like CORS itself, this binds browsers only.
 */
function contactOriginDecision(region: IntakeRegion | null, headers: ApiRequest['headers']): OriginDecision {
  const allowed = region?.settings.allowedOrigins ?? [];
  const origin = headerValue(headers, 'origin');
  const own = ownHost(headers);
  // Hosts, not origins: behind the front end the scheme is not always reported.
  if (origin && own && hostOf(origin) === own) {
    const embedder = headerValue(headers, embedderHeader)?.trim();
    if (!embedder) return { kind: 'allowed', origin };
    return originDecision(allowed, embedder).kind === 'refused' ? { kind: 'refused' } : { kind: 'allowed', origin };
  }
  return originDecision(allowed, origin);
}

async function contactFormHandler(request: ApiRequest): Promise<ApiResponse> {
  const { db, now } = services();
  const regionId = request.params.regionId!;
  const region = await loadIntakeRegion(db, regionId, now().getTime());
  if (!region) return regionNotFound({ ...publicCorsHeaders });
  const body: PublicContactForm = { regionId, regionName: region.name, privacyText: region.settings.privacyText, interests: [...sectors] };
  return cachedJson(request, body);
}

async function contactPreflight(request: ApiRequest): Promise<ApiResponse> {
  const { db, now } = services();
  const region = await loadIntakeRegion(db, request.params.regionId!, now().getTime());
  // The iframe page posts same-origin, never preflighted: only other sites' widgets get here.
  return postPreflight(contactOriginDecision(region, request.headers));
}

/**
 * Answers: 201 received (the same for a new and a known e-mail address, so the form never
 * tells whether someone is already a candidate), 400 invalid (`problems` per field),
 * 403 origin not allowed, 404 unknown region, 413 too large, 415 not JSON, 422 refused by the
 * form guard (`reason: 'form_guard'`, nothing written), 429 too many posts from one address
 * (with Retry-After).
 */
async function contactHandler(request: ApiRequest): Promise<ApiResponse> {
  const { db, now } = services();
  const regionId = request.params.regionId!;
  const region = await loadIntakeRegion(db, regionId, now().getTime());
  const decision = contactOriginDecision(region, request.headers);
  if (decision.kind === 'refused') return { status: 403, body: { statusCode: 403, message: 'Origin not allowed' }, headers: postCorsHeaders(decision) };
  const cors = postCorsHeaders(decision);
  if (!region) return regionNotFound(cors);

  const limit = await consumeRateLimit(db, rateLimitKey('contact', clientAddress(request.headers, request.ip)), now(), contactFormRateLimit);
  if (!limit.allowed) {
    logWarning('contact_form.rate_limited', { regionId });
    return { status: 429, body: { statusCode: 429, message: 'Too many messages, try again later' }, headers: { ...cors, 'Retry-After': String(limit.retryAfterSeconds) } };
  }

  const body = readJsonBody(request, cors);
  if (!body.ok) return body.response;
  const parsed = contactFormInputSchema.safeParse(body.value);
  if (!parsed.success) return problemResponse(400, 'The contact form is not valid', fieldProblems(parsed.error.issues), cors);

  const guard = formGuardVerdict({ honeypot: parsed.data[honeypotField], elapsedMs: parsed.data.elapsedMs });
  if (!guard.accepted) {
    logWarning('contact_form.form_guard', { regionId, reason: guard.reason });
    return { status: 422, body: { statusCode: 422, message: 'The form was refused; check it and send it again', reason: 'form_guard' }, headers: cors };
  }

  try {
    await intakeCandidate(services(), {
      regionId,
      source: 'website_form',
      candidate: contactFormToIntake(parsed.data),
      actor: 'form:website',
      matchOn: 'email',
      consentText: region.settings.privacyText || null,
    });
  } catch (error) {
    if (error instanceof IntakeError && error.reason === 'unknown_region') return regionNotFound(cors);
    throw error;
  }
  logEvent('contact_form.received', { regionId });
  return { status: 201, body: { statusCode: 201, message: 'Received', data: { received: true } }, headers: cors };
}

export const contactFormRoutes: readonly Route[] = [
  { method: 'GET', path: `${base}/contact-form`, handler: contactFormHandler },
  { method: 'OPTIONS', path: `${base}/contact-form`, handler: publicPreflight },
  { method: 'POST', path: `${base}/contact`, handler: contactHandler },
  { method: 'OPTIONS', path: `${base}/contact`, handler: contactPreflight },
];
