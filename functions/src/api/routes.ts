import { publicOfferRoutes } from '../offer/routes.js';
import { healthRoute } from './health.js';
import type { Route } from './router.js';

/** Every endpoint of the `api` function. */
export const routes: readonly Route[] = [healthRoute, ...publicOfferRoutes];
