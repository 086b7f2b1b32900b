import { describe, expect, it } from 'vitest';
import type { JourneyStep } from '../schemas/candidate.js';
import { journeyOf, mergeJourneyStep, sameJourney, type JourneyState } from './journey-history.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 10));
const state = (phase: JourneyState['phase'], status: JourneyState['status'] = 'active', exitReason: JourneyState['exitReason'] = null): JourneyState => ({
  phase,
  status,
  exitReason,
});
const step = (s: JourneyState, day: number): JourneyStep => ({ ...s, at: at(day) });

describe('journeyOf', () => {
  it('returns a stored history as it is', () => {
    const journey = [step(state('interest'), 1), step(state('decision'), 9)];
    expect(journeyOf({ ...state('decision'), journey, createdAt: at(1), phaseSince: at(9) })).toBe(journey);
  });

  it('synthesises a start in interest at creation and the current state from phaseSince for an old dossier', () => {
    expect(journeyOf({ ...state('matching'), createdAt: at(1), phaseSince: at(20) })).toEqual([step(state('interest'), 1), step(state('matching'), 20)]);
    expect(journeyOf({ ...state('decision', 'exited', 'chose_other_career'), journey: [], createdAt: at(1), phaseSince: at(5) })).toEqual([
      step(state('interest'), 1),
      step(state('decision', 'exited', 'chose_other_career'), 5),
    ]);
  });

  it('gives a dossier still in active interest one step at its creation', () => {
    expect(journeyOf({ ...state('interest'), createdAt: at(1), phaseSince: at(20) })).toEqual([step(state('interest'), 1)]);
  });

  it('gives one step at the earlier moment when phaseSince is not after creation', () => {
    expect(journeyOf({ ...state('orientation'), createdAt: at(5), phaseSince: at(5) })).toEqual([step(state('orientation'), 5)]);
    expect(journeyOf({ ...state('orientation'), createdAt: at(5), phaseSince: at(3) })).toEqual([step(state('orientation'), 3)]);
  });
});

describe('mergeJourneyStep', () => {
  const journey = [step(state('interest'), 1), step(state('orientation'), 5)];

  it('appends a move to a new phase', () => {
    expect(mergeJourneyStep(journey, state('decision'), at(9))).toEqual([...journey, step(state('decision'), 9)]);
  });

  it('is idempotent: the same write merged twice gives the same history', () => {
    const once = mergeJourneyStep(journey, state('decision'), at(9));
    expect(mergeJourneyStep(once, state('decision'), at(9))).toEqual(once);
  });

  it('changes nothing for a write that did not move the dossier, earlier or later', () => {
    expect(mergeJourneyStep(journey, state('orientation'), at(7))).toEqual(journey);
    expect(mergeJourneyStep(journey, state('interest'), at(2))).toEqual(journey);
  });

  it('keeps the earliest moment of a state when the same move is seen twice at different times', () => {
    expect(mergeJourneyStep(journey, state('orientation'), at(3))).toEqual([step(state('interest'), 1), step(state('orientation'), 3)]);
  });

  it('puts a step handled late between the steps around it', () => {
    const later = mergeJourneyStep(journey, state('matching'), at(20));
    expect(mergeJourneyStep(later, state('decision'), at(9))).toEqual([...journey, step(state('decision'), 9), step(state('matching'), 20)]);
  });

  it('gives the same history whatever order the writes of a journey that never returns to a state are merged in', () => {
    const writes: Array<[JourneyState, Date]> = [
      [state('interest'), at(1)],
      [state('orientation'), at(4)],
      [state('orientation', 'paused'), at(8)],
      [state('decision'), at(16)],
      [state('matching'), at(20)],
      [state('matching', 'exited', 'personal_circumstances'), at(30)],
    ];
    const inOrder = writes.reduce<JourneyStep[]>((journey, [s, when]) => mergeJourneyStep(journey, s, when), []);
    expect(inOrder).toHaveLength(6);
    const orders = [
      [5, 4, 3, 2, 1, 0],
      [2, 0, 5, 1, 4, 3],
      [1, 3, 5, 0, 2, 4],
    ];
    for (const order of orders) {
      const merged = order.reduce<JourneyStep[]>((journey, i) => mergeJourneyStep(journey, writes[i]![0], writes[i]![1]), []);
      expect(sameJourney(merged, inOrder), order.join(',')).toBe(true);
    }
  });

  it('folds a resume handled before its pause into the earlier step of that state (a known limit of merging states)', () => {
    // Without the pause in between, "orientation again" looks like no move at all.
    const resumedFirst = mergeJourneyStep(journey, state('orientation'), at(12));
    const thenPaused = mergeJourneyStep(resumedFirst, state('orientation', 'paused'), at(8));
    expect(thenPaused).toEqual([...journey, step(state('orientation', 'paused'), 8)]);
  });

  it('records pausing and resuming in the same phase as two steps', () => {
    const paused = mergeJourneyStep(journey, state('orientation', 'paused'), at(6));
    expect(mergeJourneyStep(paused, state('orientation'), at(8))).toEqual([...journey, step(state('orientation', 'paused'), 6), step(state('orientation'), 8)]);
  });

  it('keeps an exit reason only on an exit', () => {
    expect(mergeJourneyStep(journey, state('orientation', 'exited', 'chose_other_career'), at(9)).at(-1)).toEqual(step(state('orientation', 'exited', 'chose_other_career'), 9));
    expect(mergeJourneyStep(journey, state('orientation', 'paused', 'chose_other_career'), at(9)).at(-1)).toEqual(step(state('orientation', 'paused'), 9));
  });

  it('does not change the history it was given', () => {
    const copy = structuredClone(journey);
    mergeJourneyStep(journey, state('decision'), at(9));
    expect(journey).toEqual(copy);
  });
});

describe('sameJourney', () => {
  const journey = [step(state('interest'), 1), step(state('decision', 'exited', 'personal_circumstances'), 5)];

  it('compares states, exit reasons and moments', () => {
    expect(sameJourney(journey, structuredClone(journey))).toBe(true);
    expect(sameJourney(journey, journey.slice(0, 1))).toBe(false);
    expect(sameJourney(journey, [journey[0]!, step(state('decision', 'exited', 'chose_other_career'), 5)])).toBe(false);
    expect(sameJourney(journey, [journey[0]!, step(state('decision', 'exited', 'personal_circumstances'), 6)])).toBe(false);
    expect(sameJourney(journey, [journey[0]!, step(state('matching', 'exited', 'personal_circumstances'), 5)])).toBe(false);
  });
});
