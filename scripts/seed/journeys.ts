// A plausible phase history for a generated dossier, ending exactly in its current state.
// It draws from its own generator, seeded by the dossier id, so adding histories left every
// other seeded value as it was, and benchmarks can give their dossiers the same kind of past.
import { phases, type JourneyState, type JourneyStep } from '@koers/domain';
import { prng } from '../lib/prng.js';

/** mulberry32 over a hash of `key`: the same numbers for the same key on every run. */
export function keyedRandom(key: string): () => number {
  let hash = 0;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return prng(hash);
}

/**
 * Steps from phase interest at `createdAt` through every phase up to the current one, with an
 * occasional pause and resume on the way, to the current state at `phaseSince`. Consecutive
 * steps always differ in phase or status, the form `mergeJourneyStep` keeps, so the candidate
 * trigger finds nothing to add when it sees the dossier.
 */
export function seedJourney(current: JourneyState, createdAt: Date, phaseSince: Date, random: () => number): JourneyStep[] {
  const last: JourneyState = { phase: current.phase, status: current.status, exitReason: current.status === 'exited' ? current.exitReason : null };
  if (phaseSince.getTime() <= createdAt.getTime()) return [{ ...last, at: new Date(createdAt) }];

  const states: JourneyState[] = [];
  const active = (phase: JourneyState['phase']): JourneyState => ({ phase, status: 'active', exitReason: null });
  for (const phase of phases.slice(0, phases.indexOf(current.phase) + 1)) {
    states.push(active(phase));
    const resumedLater = phase !== current.phase || current.status !== 'paused';
    if (resumedLater && random() < 0.08) states.push({ phase, status: 'paused', exitReason: null }, active(phase));
  }
  if (last.status !== 'active') states.push(last);
  // Still in active interest since creation, yet phaseSince is later: it was paused in between.
  if (states.length === 1) states.push({ phase: last.phase, status: 'paused', exitReason: null }, last);

  const from = createdAt.getTime();
  const span = phaseSince.getTime() - from;
  const inner = Array.from({ length: states.length - 2 }, () => from + Math.floor(random() * span)).sort((a, b) => a - b);
  const times = [from, ...inner, phaseSince.getTime()];
  // Strictly increasing, still ending at phaseSince (spans of a few milliseconds do not occur in the seed).
  for (let i = 1; i < times.length - 1; i++) times[i] = Math.min(Math.max(times[i]!, times[i - 1]! + 1), phaseSince.getTime() - (times.length - 1 - i));
  return states.map((state, i) => ({ ...state, at: new Date(times[i]!) }));
}
