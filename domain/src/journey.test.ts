import { expect, test } from 'vitest';
import { boardColumnOf, nextPhase, phases } from './journey.js';
import { invert, phaseFromPilot, phaseToPilot, pilotPhaseValues, pilotSector } from './pilot.js';

test('active candidates sit in their phase column, others in their outcome column', () => {
  expect(boardColumnOf({ phase: 'matching', status: 'active' })).toBe('matching');
  expect(boardColumnOf({ phase: 'matching', status: 'exited' })).toBe('exited');
  expect(boardColumnOf({ phase: 'interest', status: 'paused' })).toBe('paused');
});

test('the journey runs from interest to preparation and stops there', () => {
  expect(phases.map(nextPhase)).toEqual(['orientation', 'decision', 'matching', 'preparation', null]);
});

test("every pilot phase maps to Koers and back to the same pilot phase, except the pilot's synonyms", () => {
  for (const value of pilotPhaseValues) {
    const { phase, status } = phaseFromPilot[value];
    const back = phaseToPilot(phase, status);
    // "in opleiding" and "werkzaam" both mean started in Koers.
    expect(value === 'in opleiding' ? 'werkzaam' : value).toBe(back);
  }
});

test('pilot vocabulary values invert to their codes', () => {
  expect(invert(pilotSector)['Middelbaar beroepsonderwijs']).toBe('mbo');
});
