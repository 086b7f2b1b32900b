import type { Candidate, CandidateIndexEntry } from './schemas/candidate.js';
import { searchKeyMap } from './text.js';

/** The projection of a dossier that region lists and boards read. */
export function toCandidateIndexEntry(candidate: Candidate): CandidateIndexEntry {
  return {
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone,
    place: candidate.place,
    postcode: candidate.postcode,
    phase: candidate.phase,
    status: candidate.status,
    phaseSince: candidate.phaseSince,
    ownerUid: candidate.ownerUid,
    homeRegionId: candidate.homeRegionId,
    sectors: candidate.sectors,
    functions: candidate.functions,
    qualifications: candidate.qualifications,
    subjects: candidate.subjects,
    priorEducation: candidate.priorEducation,
    source: candidate.source,
    tags: candidate.tags,
    organisationIds: candidate.introducedOrganisationIds,
    lastContactAt: candidate.lastContactAt,
    updatedAt: candidate.updatedAt,
    searchKeys: searchKeyMap([candidate.name, candidate.email, candidate.phone, candidate.place, candidate.postcode]),
    // Only while there is a suggestion, so entries of other dossiers keep their shape.
    ...(candidate.intakeRouting ? { handoverSuggestedTo: candidate.intakeRouting.suggestedRegionId } : {}),
    ...(candidate.matchPreferences ? { matchPreferences: candidate.matchPreferences } : {}),
  };
}
