import type { Candidate, CandidateIndexEntry } from './schemas/candidate.js';
/** The projection of a dossier that region lists and boards read. */
export declare function toCandidateIndexEntry(candidate: Candidate): CandidateIndexEntry;
