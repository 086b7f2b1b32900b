import { idSchema } from '@koers/domain';
import { z } from 'zod';
import { callable } from '../../../lib/callable';

/**
 * Links the freshly signed-in account to the dossier with the same verified e-mail address
 * (the server reads the address from the ID token, never from the caller).
 */
export const linkCandidateAccount = callable('linkCandidateAccount', z.undefined(), z.object({ candidateId: idSchema }));
