import type { CandidateStatus, Phase } from './journey.js';
import type { InteractionKind, JobFunction, PriorEducation, Qualification, Sector } from './vocabularies.js';
/**
 * Exact values of the pilot's (Airtable) data model, so websites that call the pilot's API
 * and spreadsheets exported from it map losslessly onto Koers' codes.
 */
export declare const pilotSector: Record<Sector, string>;
/** Older clients spell practical education with a space. */
export declare const pilotSectorAliases: Record<string, Sector>;
export declare const pilotFunction: Record<JobFunction, string>;
export declare const pilotQualification: Record<Qualification, string>;
export declare const pilotPriorEducation: Record<PriorEducation, string>;
export declare const pilotInteractionKind: Record<InteractionKind, string>;
export declare const pilotPhaseValues: readonly ["nieuw", "oriënteren", "matchen", "voorbereiden", "in opleiding", "werkzaam", "uitgestroomd"];
export type PilotPhase = (typeof pilotPhaseValues)[number];
/** The pilot's `fase` onto Koers' phase and status. */
export declare const phaseFromPilot: Record<PilotPhase, {
    phase: Phase;
    status: CandidateStatus;
}>;
/** Koers' phase and status back onto the pilot's `fase` (decision has no own pilot value). */
export declare function phaseToPilot(phase: Phase, status: CandidateStatus): PilotPhase;
/** Reverse lookup for any of the maps above. */
export declare function invert<K extends string>(map: Record<K, string>): Record<string, K>;
