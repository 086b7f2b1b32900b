// The matching scorer: scores candidate × target pairs with the rules in rules.ts. Ranking
// prepares every input once (bitmasks, day numbers, coordinates in radians), scores pairs as
// plain numbers in a tight loop, keeps the best `limit` per row, and only then writes the Dutch
// reasons for those. Ties are broken by id, so the same inputs always give the same order.
import { dayNumber, evaluate, EXCLUDED, orderedReasons, prepareCandidates, prepareTargets } from './rules.js';
import type { Explanation, PreparedCandidate, PreparedTarget } from './rules.js';
import type { Exclusion, MatchCandidate, MatchTarget, ScoreContext, ScoredMatch } from './types.js';

function todayOf(context: ScoreContext): number {
  const today = dayNumber(context.today);
  if (today < 0) throw new Error(`ScoreContext.today must be a date as YYYY-MM-DD, got ${JSON.stringify(context.today)}`);
  return today;
}

function explain(c: PreparedCandidate, t: PreparedTarget, today: number): { score: number; out: Explanation } {
  const out: Explanation = { reasons: [], exclusions: [], distanceKm: null };
  return { score: evaluate(c, t, today, out), out };
}

/** Scores one pair: a fit with reasons, or an exclusion (a hard mismatch) with reasons. */
export function scoreMatch(candidate: MatchCandidate, target: MatchTarget, context: ScoreContext): ScoredMatch<MatchTarget> | Exclusion {
  const [c] = prepareCandidates([candidate]);
  const [t] = prepareTargets([target]);
  const { score, out } = explain(c!, t!, todayOf(context));
  if (score === EXCLUDED) return { excluded: true, reasons: out.exclusions };
  return { item: target, score, reasons: orderedReasons(out), distanceKm: out.distanceKm };
}

/** The best `limit` entries by score (high first), then by order (low first). */
class TopK {
  readonly scores: Int32Array;
  readonly orders: Int32Array;
  readonly items: Int32Array;
  count = 0;

  constructor(readonly limit: number) {
    this.scores = new Int32Array(limit);
    this.orders = new Int32Array(limit);
    this.items = new Int32Array(limit);
  }

  reset(): void {
    this.count = 0;
  }

  offer(score: number, order: number, item: number): void {
    const { scores, orders, items, limit } = this;
    let i = this.count;
    if (i === limit) {
      const last = limit - 1;
      if (score < scores[last]! || (score === scores[last]! && order > orders[last]!)) return;
      i = last;
    } else {
      this.count++;
    }
    while (i > 0 && (scores[i - 1]! < score || (scores[i - 1]! === score && orders[i - 1]! > order))) {
      scores[i] = scores[i - 1]!;
      orders[i] = orders[i - 1]!;
      items[i] = items[i - 1]!;
      i--;
    }
    scores[i] = score;
    orders[i] = order;
    items[i] = item;
  }
}

function limitOf(context: { limit: number }): number {
  return Math.max(0, Math.floor(context.limit));
}

function bestTargets(c: PreparedCandidate, targets: readonly PreparedTarget[], today: number, top: TopK): ScoredMatch<MatchTarget>[] {
  top.reset();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    const score = evaluate(c, t, today, null);
    if (score !== EXCLUDED) top.offer(score, t.order, i);
  }
  const results: ScoredMatch<MatchTarget>[] = [];
  for (let rank = 0; rank < top.count; rank++) {
    const t = targets[top.items[rank]!]!;
    const { score, out } = explain(c, t, today);
    results.push({ item: t.source, score, reasons: orderedReasons(out), distanceKm: out.distanceKm });
  }
  return results;
}

/** The best `limit` targets for a candidate, best first; excluded targets never appear. */
export function rankTargets(
  candidate: MatchCandidate,
  targets: readonly MatchTarget[],
  context: ScoreContext & { limit: number },
): ScoredMatch<MatchTarget>[] {
  const limit = limitOf(context);
  if (limit === 0) return [];
  return bestTargets(prepareCandidates([candidate])[0]!, prepareTargets(targets), todayOf(context), new TopK(limit));
}

/** The reverse direction: the best `limit` candidates for a vacancy, school or programme. */
export function rankCandidates(
  target: MatchTarget,
  candidates: readonly MatchCandidate[],
  context: ScoreContext & { limit: number },
): ScoredMatch<MatchCandidate>[] {
  const limit = limitOf(context);
  if (limit === 0) return [];
  const today = todayOf(context);
  const t = prepareTargets([target])[0]!;
  const prepared = prepareCandidates(candidates);
  const top = new TopK(limit);
  for (let i = 0; i < prepared.length; i++) {
    const c = prepared[i]!;
    const score = evaluate(c, t, today, null);
    if (score !== EXCLUDED) top.offer(score, c.order, i);
  }
  const results: ScoredMatch<MatchCandidate>[] = [];
  for (let rank = 0; rank < top.count; rank++) {
    const c = prepared[top.items[rank]!]!;
    const { score, out } = explain(c, t, today);
    results.push({ item: c.source, score, reasons: orderedReasons(out), distanceKm: out.distanceKm });
  }
  return results;
}

/**
 * Every candidate against every target at once (a nightly refresh, the benchmark): per
 * candidate, in input order, the best `limit` targets — the same answer as rankTargets for
 * each, with the targets prepared once instead of per candidate.
 */
export function rankAll(
  candidates: readonly MatchCandidate[],
  targets: readonly MatchTarget[],
  context: ScoreContext & { limit: number },
): ScoredMatch<MatchTarget>[][] {
  const limit = limitOf(context);
  if (limit === 0) return candidates.map(() => []);
  const today = todayOf(context);
  const preparedTargets = prepareTargets(targets);
  const top = new TopK(limit);
  return prepareCandidates(candidates).map((c) => bestTargets(c, preparedTargets, today, top));
}
