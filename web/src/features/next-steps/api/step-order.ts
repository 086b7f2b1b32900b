export interface StepPlace {
  id: string;
  order: number;
}

/**
 * The writes that move the step at `from` to `to`. Moving one place swaps the two steps'
 * orders (two writes). When they share an order, or for longer moves, the list is numbered
 * 0..n-1 in its new order and only steps whose number changes are written, which also
 * untangles steps that ended up with the same order.
 */
export function reorderedPlaces(steps: readonly StepPlace[], from: number, to: number): StepPlace[] {
  if (from === to || from < 0 || to < 0 || from >= steps.length || to >= steps.length) return [];
  const moving = steps[from];
  const other = steps[to];
  if (Math.abs(from - to) === 1 && moving && other && moving.order !== other.order) {
    return [
      { id: moving.id, order: other.order },
      { id: other.id, order: moving.order },
    ];
  }
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  if (!moved) return [];
  next.splice(to, 0, moved);
  return next.flatMap((step, index) => (step.order === index ? [] : [{ id: step.id, order: index }]));
}
