// The pilot's v1 API, unchanged for the websites that call it: Dutch field names and values,
// the key in the `api-key` header. Regions switch by changing only the base URL and the key.
import type { Route } from '../../api/router.js';
import { createUserRoute } from './create-user.js';
import { schemaRoute } from './get-schema.js';

export const v1Routes: Route[] = [schemaRoute, createUserRoute];
