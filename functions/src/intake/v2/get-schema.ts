// `GET /v2/schema`: Koers' v2 field names as JSON Schema, with the region's custom fields.
import { apiV2JsonSchema } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { envelope, regionGone } from '../api-http.js';
import { loadIntakeRegion } from '../intake-region.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';

async function schemaHandler(request: KeyedRequest): Promise<ApiResponse> {
  const region = await loadIntakeRegion(services().db, request.key.regionId);
  if (!region) return regionGone();
  return envelope(200, 'OK', apiV2JsonSchema(), { regionCustomFields: region.settings.customFields });
}

export const schemaRoute = keyRoute('GET', '/v2/schema', schemaHandler);
