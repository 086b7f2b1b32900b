import { publicOfferRoutes } from '../offer/routes.js';
import { v1Routes } from '../intake/v1/routes.js';
import { v2Routes } from '../intake/v2/routes.js';
import { contactFormRoutes } from '../intake/contact-form-routes.js';
import { devMailboxRoute } from '../notifications/dev-mailbox-route.js';
import { healthRoute } from './health.js';
import type { Route } from './router.js';

/** Every endpoint of the `api` function. */
export const routes: readonly Route[] = [healthRoute, ...publicOfferRoutes, ...v1Routes, ...v2Routes, ...contactFormRoutes, devMailboxRoute];
