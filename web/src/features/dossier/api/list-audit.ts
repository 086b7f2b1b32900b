import { auditEntrySchema, type AuditEntry } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { dossierKeys } from './dossier-keys';
import { timelineLimit } from './list-interactions';

const auditConverter = zodConverter(auditEntrySchema);

/** `candidates/{c}/audit` (written by the onCandidateWritten trigger), newest first, live. */
export function auditQueryOptions(candidateId: string) {
  return liveQueryOptions<WithId<AuditEntry>[], ReturnType<typeof dossierKeys.audit>>(
    dossierKeys.audit(candidateId),
    subscribeList(
      query(collection(db, 'candidates', candidateId, 'audit').withConverter(auditConverter), orderBy('at', 'desc'), limit(timelineLimit)),
    ),
  );
}

export function useAudit(candidateId: string) {
  return useQuery(auditQueryOptions(candidateId));
}
