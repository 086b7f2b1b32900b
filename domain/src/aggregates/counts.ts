/** Key → count, e.g. `column.matching: 12`, `subject.wiskunde: 4`. */
export type Counts = Record<string, number>;

/** `after − before` per key, leaving out keys that do not change. */
export function countsDelta(before: Counts, after: Counts): Counts {
  const delta: Counts = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const change = (after[key] ?? 0) - (before[key] ?? 0);
    if (change !== 0) delta[key] = change;
  }
  return delta;
}

/** `base + delta`, leaving out keys that end at zero. */
export function addCounts(base: Counts, delta: Counts): Counts {
  const sum: Counts = { ...base };
  for (const [key, change] of Object.entries(delta)) {
    const value = (sum[key] ?? 0) + change;
    if (value === 0) delete sum[key];
    else sum[key] = value;
  }
  return sum;
}

/** Counts without zero keys, so a maintained aggregate compares equal to a recount. */
export function withoutZeroCounts(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));
}
