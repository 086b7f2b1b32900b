/** Top-level fields whose values differ between two versions of a document. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !sameValue(before?.[key], after?.[key])).sort();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (isTimestampLike(a) && isTimestampLike(b)) return a.toMillis() === b.toMillis();
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function isTimestampLike(value: object): value is { toMillis(): number } {
  return typeof (value as { toMillis?: unknown }).toMillis === 'function';
}

/** Fields whose changes are bookkeeping, or a function's record of changes audited already. */
export const auditIgnoredFields = ['updatedAt', 'updatedBy', 'journey'] as const;
