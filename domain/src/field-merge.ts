/**
 * Field-level co-editing: how a field editor decides whether its value may be saved.
 * Each editor remembers the value it started from (`base`); the document's current value
 * (`live`) may have changed underneath because someone else saved the same field.
 */

/** Structural equality for Firestore field values (dates, arrays, plain objects, scalars). */
export function fieldValuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => fieldValuesEqual(item, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
    const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
    return (
      aKeys.length === bKeys.length &&
      aKeys.every((key) => fieldValuesEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  // A missing field and an explicit null mean the same thing in a dossier.
  return (a === undefined || a === null) && (b === undefined || b === null);
}

/**
 * What saving `mine` over `live` means, given the editor started from `base`:
 * - `save`: nobody else changed the field, write it;
 * - `unchanged`: the field already holds `mine` (nothing to write);
 * - `conflict`: someone else saved a different value meanwhile — ask the person.
 */
export type FieldSaveDecision = 'save' | 'unchanged' | 'conflict';

export function decideFieldSave(base: unknown, live: unknown, mine: unknown): FieldSaveDecision {
  if (fieldValuesEqual(live, mine)) return 'unchanged';
  if (fieldValuesEqual(live, base)) return 'save';
  return 'conflict';
}

/** The value at a dotted path such as `customFields.school_type`; undefined when absent. */
export function valueAtPath(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** An entry of a merged timeline: anything with a moment. */
export interface Timed {
  at: Date;
}

/** Several time-stamped lists as one, newest first; ties keep the order of the inputs. */
export function mergeTimeline<T extends Timed>(...lists: readonly (readonly T[])[]): T[] {
  return lists
    .flat()
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.at.getTime() - a.entry.at.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}
