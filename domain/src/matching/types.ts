// The scorer's inputs and outputs. Plain data, no Firestore: functions build these from
// documents (functions/src/matching), tests and benchmarks build them by hand.
import type { Phase } from '../journey.js';
import type { MatchPreferences } from '../schemas/matching.js';
import type { JobFunction, PriorEducation, ProgrammeType, Qualification, Sector, Subject } from '../vocabularies.js';

/** What the scorer knows of a candidate: the profile, never contact data or notes. */
export interface MatchCandidate {
  id: string;
  name: string;
  phase: Phase;
  sectors: readonly Sector[];
  functions: readonly JobFunction[];
  qualifications: readonly Qualification[];
  subjects: readonly Subject[];
  priorEducation: PriorEducation | null;
  /** The place the candidate lives (free text as typed; resolved to coordinates by the scorer). */
  place: string | null;
  preferences: MatchPreferences | null;
}

interface TargetBase {
  id: string;
  regionId: string;
  /** The school or institute; for a school target, the school itself. */
  organisationId: string;
  organisationName: string;
  /** Where the school or institute is (place or municipality name). */
  place: string | null;
}

export interface VacancyTarget extends TargetBase {
  kind: 'vacancy';
  title: string;
  sector: Sector;
  subjects: readonly Subject[];
  jobFunction: JobFunction;
  hoursPerWeek: number;
  lateralEntry: boolean;
  closingDate: string | null;
  startDate: string | null;
}

/** A school as a place to work without a vacancy (open application, shadowing). */
export interface SchoolTarget extends TargetBase {
  kind: 'school';
  name: string;
  sectors: readonly Sector[];
}

export interface ProgrammeTarget extends TargetBase {
  kind: 'programme';
  name: string;
  type: ProgrammeType;
  sectors: readonly Sector[];
  subjects: readonly Subject[];
  startDates: readonly string[];
  durationMonths: number | null;
}

export type MatchTarget = VacancyTarget | SchoolTarget | ProgrammeTarget;

export interface ScoreContext {
  /** Today as YYYY-MM-DD: closing and start dates are compared with it. */
  today: string;
}

/** A fit: score 0–100 and the reasons for it in plain Dutch, strongest first. */
export interface ScoredMatch<T> {
  item: T;
  score: number;
  reasons: string[];
  distanceKm: number | null;
}

/** Why a pair is excluded outright (a hard mismatch), in plain Dutch. */
export interface Exclusion {
  excluded: true;
  reasons: string[];
}
