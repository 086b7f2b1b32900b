import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { applyIntroductionChange } from './introduction-effects.js';

/** An introduction's status (or answer) changed: the match, the dossier and the adviser follow. Retried; idempotent. */
export const onIntroductionWritten = onDocumentWritten(
  { document: 'regions/{regionId}/organisations/{organisationId}/introductions/{matchId}', retry: true },
  async (event) => {
    const { regionId, organisationId, matchId } = event.params;
    const before = event.data?.before.exists ? (event.data.before.data() ?? null) : null;
    const after = event.data?.after.exists ? (event.data.after.data() ?? null) : null;
    const updateTime = (event.data?.after.exists ? event.data.after.updateTime?.toDate() : undefined) ?? new Date(event.time);
    await applyIntroductionChange(services().db, { regionId, organisationId, matchId, before, after, updateTime }, services().now());
  },
);
