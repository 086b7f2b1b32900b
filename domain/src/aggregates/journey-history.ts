import type { CandidateStatus, Phase } from '../journey.js';
import type { ExitReason } from '../vocabularies.js';
import type { JourneyStep } from '../schemas/candidate.js';

/** What a dossier says about where it stands, the input of one journey step. */
export interface JourneyState {
  phase: Phase;
  status: CandidateStatus;
  exitReason: ExitReason | null;
}

/** The facts the history is rebuilt from when a dossier has none stored yet. */
export interface JourneySource extends JourneyState {
  journey?: JourneyStep[] | undefined;
  createdAt: Date;
  phaseSince: Date;
}

const sameState = (a: JourneyState, b: JourneyState) => a.phase === b.phase && a.status === b.status;

/**
 * The phase history of a dossier, oldest first. Dossiers from before the history was kept
 * get one: a start at `createdAt` in phase interest, then the current state from `phaseSince`.
 * The steps in between are unknown, so such a dossier counts as having moved straight on.
 */
export function journeyOf(candidate: JourneySource): JourneyStep[] {
  if (candidate.journey && candidate.journey.length > 0) return candidate.journey;
  const now: JourneyStep = { phase: candidate.phase, status: candidate.status, exitReason: candidate.exitReason, at: candidate.phaseSince };
  const start: JourneyStep = { phase: 'interest', status: 'active', exitReason: null, at: candidate.createdAt };
  return candidate.createdAt < candidate.phaseSince && !sameState(start, now) ? [start, now] : [{ ...now, at: candidate.createdAt < now.at ? candidate.createdAt : now.at }];
}

/**
 * `journey` with the state one write produced at `at`, in time order. Consecutive steps with
 * the same phase and status are one step (the earliest), so the same write merged twice, or
 * writes that did not move the dossier, change nothing; a write handled late (events arrive
 * in any order) lands between the steps around it.
 */
export function mergeJourneyStep(journey: readonly JourneyStep[], state: JourneyState, at: Date): JourneyStep[] {
  const step: JourneyStep = { phase: state.phase, status: state.status, exitReason: state.status === 'exited' ? state.exitReason : null, at };
  const merged = [...journey, step].sort((a, b) => a.at.getTime() - b.at.getTime());
  return merged.filter((current, i) => i === 0 || !sameState(merged[i - 1]!, current));
}

export function sameJourney(a: readonly JourneyStep[], b: readonly JourneyStep[]): boolean {
  return a.length === b.length && a.every((step, i) => sameState(step, b[i]!) && step.exitReason === b[i]!.exitReason && step.at.getTime() === b[i]!.at.getTime());
}
