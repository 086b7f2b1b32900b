import { auditEntrySchema, type AuditEntry } from '@koers/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { dossierKeys } from './dossier-keys';

const auditConverter = zodConverter(auditEntrySchema);

/** `candidates/{c}/audit` (written by the onCandidateWritten trigger), the newest `size` entries, live. */
export function auditQueryOptions(candidateId: string, size: number) {
  return liveQueryOptions<WithId<AuditEntry>[], ReturnType<typeof dossierKeys.audit>>(
    dossierKeys.audit(candidateId, size),
    subscribeList(
      query(collection(db, 'candidates', candidateId, 'audit').withConverter(auditConverter), orderBy('at', 'desc'), limit(size)),
    ),
  );
}

export function useAudit(candidateId: string, size: number) {
  return useQuery({ ...auditQueryOptions(candidateId, size), placeholderData: keepPreviousData });
}
