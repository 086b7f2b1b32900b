#!/usr/bin/env sh
# Posts the pilot-format example candidate to Koers' v1 API, exactly as a region's website or
# form plugin posts it to the pilot. Usage:
#   KOERS_API=http://127.0.0.1:5001/demo-koers/europe-west4/api KOERS_API_KEY=demo-nijmegen-key \
#     sh docs/examples/pilot-create-user.sh
# The first run creates the candidate (201), every next run updates it (200).
set -eu
here=$(dirname "$0")
curl --silent --show-error --request POST "${KOERS_API:?set KOERS_API to the API base URL}/v1/create-user" \
  --header "api-key: ${KOERS_API_KEY:?set KOERS_API_KEY}" \
  --header 'Content-Type: application/json' \
  --data-binary "@${here}/pilot-create-user.json" \
  --write-out '\n%{http_code}\n'
