import { describe, expect, it } from 'vitest';
import { reorderedPlaces } from './step-order';

const steps = [
  { id: 'a', order: 0 },
  { id: 'b', order: 1 },
  { id: 'c', order: 2 },
];

describe('reorderedPlaces', () => {
  it('moving a step up swaps it with the one above and writes only those two', () => {
    expect(reorderedPlaces(steps, 2, 1)).toEqual([
      { id: 'c', order: 1 },
      { id: 'b', order: 2 },
    ]);
  });

  it('a longer move renumbers the steps in their new order', () => {
    expect(reorderedPlaces(steps, 0, 2)).toEqual([
      { id: 'b', order: 0 },
      { id: 'c', order: 1 },
      { id: 'a', order: 2 },
    ]);
  });

  it('swaps the orders of neighbours however far apart their numbers are', () => {
    const gapped = [
      { id: 'a', order: 10 },
      { id: 'b', order: 40 },
    ];
    expect(reorderedPlaces(gapped, 1, 0)).toEqual([
      { id: 'b', order: 10 },
      { id: 'a', order: 40 },
    ]);
  });

  it('renumbers steps that share an order, so a move always changes the list', () => {
    const tied = [
      { id: 'a', order: 5 },
      { id: 'b', order: 5 },
    ];
    expect(reorderedPlaces(tied, 0, 1)).toEqual([
      { id: 'b', order: 0 },
      { id: 'a', order: 1 },
    ]);
  });

  it('writes nothing for a move off either end of the list', () => {
    expect(reorderedPlaces(steps, 0, -1)).toEqual([]);
    expect(reorderedPlaces(steps, 2, 3)).toEqual([]);
  });
});
