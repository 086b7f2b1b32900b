/**
 * The career switcher's journey (klantreis). Koers tracks phases 1–5; what happens at the
 * employer (phases 6–9) is recorded as the outcome `started`.
 */

export const phases = ['interest', 'orientation', 'decision', 'matching', 'preparation'] as const;
export type Phase = (typeof phases)[number];

/** Where a candidate stands besides their phase: still on the way, or an outcome. */
export const candidateStatuses = ['active', 'paused', 'started', 'exited'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export interface PhaseInfo {
  phase: Phase;
  order: number;
  /** Brand colour of the national Onderwijsloket journey. */
  colour: string;
}

export const phaseInfo: Record<Phase, PhaseInfo> = {
  interest: { phase: 'interest', order: 1, colour: '#F79258' },
  orientation: { phase: 'orientation', order: 2, colour: '#EF3752' },
  decision: { phase: 'decision', order: 3, colour: '#E33776' },
  matching: { phase: 'matching', order: 4, colour: '#C8208E' },
  preparation: { phase: 'preparation', order: 5, colour: '#A194C7' },
};

/** Pipeline board columns: the five phases for active candidates, then the outcomes. */
export const boardColumns = [...phases, 'started', 'exited', 'paused'] as const;
export type BoardColumn = (typeof boardColumns)[number];

export function boardColumnOf(candidate: { phase: Phase; status: CandidateStatus }): BoardColumn {
  return candidate.status === 'active' ? candidate.phase : candidate.status;
}

export function nextPhase(phase: Phase): Phase | null {
  return phases[phases.indexOf(phase) + 1] ?? null;
}
