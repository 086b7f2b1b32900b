/**
 * The career switcher's journey (klantreis). Koers tracks phases 1–5; what happens at the
 * employer (phases 6–9) is recorded as the outcome `started`.
 */
export declare const phases: readonly ["interest", "orientation", "decision", "matching", "preparation"];
export type Phase = (typeof phases)[number];
/** Where a candidate stands besides their phase: still on the way, or an outcome. */
export declare const candidateStatuses: readonly ["active", "paused", "started", "exited"];
export type CandidateStatus = (typeof candidateStatuses)[number];
export interface PhaseInfo {
    phase: Phase;
    order: number;
    /** Brand colour of the national Onderwijsloket journey. */
    colour: string;
}
export declare const phaseInfo: Record<Phase, PhaseInfo>;
/** Pipeline board columns: the five phases for active candidates, then the outcomes. */
export declare const boardColumns: readonly ["interest", "orientation", "decision", "matching", "preparation", "started", "exited", "paused"];
export type BoardColumn = (typeof boardColumns)[number];
export declare function boardColumnOf(candidate: {
    phase: Phase;
    status: CandidateStatus;
}): BoardColumn;
export declare function nextPhase(phase: Phase): Phase | null;
