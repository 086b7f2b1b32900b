// CONTRACT STUB — replaced by the real scorer. Signatures are fixed; keep them.
import type { Exclusion, MatchCandidate, MatchTarget, ScoreContext, ScoredMatch } from './types.js';

/** Scores one pair: a fit with reasons, or an exclusion (a hard mismatch) with reasons. */
export function scoreMatch(candidate: MatchCandidate, target: MatchTarget, context: ScoreContext): ScoredMatch<MatchTarget> | Exclusion {
  void candidate;
  void target;
  void context;
  throw new Error('not implemented');
}

/** The best `limit` targets for a candidate, best first; excluded targets never appear. */
export function rankTargets(
  candidate: MatchCandidate,
  targets: readonly MatchTarget[],
  context: ScoreContext & { limit: number },
): ScoredMatch<MatchTarget>[] {
  void candidate;
  void targets;
  void context;
  throw new Error('not implemented');
}

/** The reverse direction: the best `limit` candidates for a vacancy, school or programme. */
export function rankCandidates(
  target: MatchTarget,
  candidates: readonly MatchCandidate[],
  context: ScoreContext & { limit: number },
): ScoredMatch<MatchCandidate>[] {
  void target;
  void candidates;
  void context;
  throw new Error('not implemented');
}
