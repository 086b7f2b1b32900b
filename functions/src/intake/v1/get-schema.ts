// `GET /v1/schema`, as the pilot documents it: the fields `create-user` accepts in the key's
// region (the shared ones, the interaction fields and the region's custom fields).
import { pilotSchemaFor } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { regionGone } from '../api-http.js';
import { loadIntakeRegion } from '../intake-region.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';

async function schemaHandler(request: KeyedRequest): Promise<ApiResponse> {
  const region = await loadIntakeRegion(services().db, request.key.regionId);
  if (!region) return regionGone();
  return { status: 200, body: { statusCode: 200, message: 'OK', data: pilotSchemaFor(region.settings.customFields) } };
}

export const schemaRoute = keyRoute('GET', '/v1/schema', schemaHandler);
