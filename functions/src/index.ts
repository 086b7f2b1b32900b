// Only re-exports; setup.js first (the region and the Admin SDK app for every function).
import './setup.js';
export { grantRole } from './access/grant-role.js';
export { revokeRole } from './access/revoke-role.js';
export { inviteUser } from './access/invite-user.js';
export { linkCandidateAccount } from './access/link-candidate-account.js';
export { onCandidateWritten } from './candidates/on-candidate-written.js';
export { api } from './api/api.js';
export { importPilotCandidates } from './candidates/import-pilot-candidates.js';
export { mergeCandidates } from './candidates/merge-candidates.js';
export { onRegistrationWritten } from './offer/on-registration-written.js';
export { createApiKey } from './intake/create-api-key.js';
export { revokeApiKey } from './intake/revoke-api-key.js';
export { handOverCandidate } from './intake/hand-over-candidate.js';
