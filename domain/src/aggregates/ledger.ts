import { addCounts, countsDelta, type Counts } from './counts.js';
import type { Contributions } from './contributions.js';

/**
 * A contribution as one flat map, `<period>~<slice>~<key>` → count, the form it is stored in
 * the ledger (`regions/{r}/aggregateLedger/{source}`), so the next change of the same source
 * document is applied as the difference to what it added before.
 */
export type FlatContributions = Record<string, number>;

const separator = '~';

export function flattenContributions(contributions: Contributions): FlatContributions {
  const flat: FlatContributions = {};
  for (const [period, slices] of Object.entries(contributions)) {
    for (const [slice, counts] of Object.entries(slices)) {
      for (const [key, value] of Object.entries(counts)) if (value !== 0) flat[[period, slice, key].join(separator)] = value;
    }
  }
  return flat;
}

export function unflattenContributions(flat: FlatContributions): Contributions {
  const contributions: Contributions = {};
  for (const [path, value] of Object.entries(flat)) {
    const [period, slice, ...rest] = path.split(separator);
    const bySlice = (contributions[period!] ??= {});
    (bySlice[slice!] ??= {})[rest.join(separator)] = value;
  }
  return contributions;
}

/** What to add to the aggregates when a source document's contribution changes. */
export function contributionDelta(before: FlatContributions, after: FlatContributions): Contributions {
  return unflattenContributions(countsDelta(before, after));
}

/** The sum of many contributions, zero counts left out (a recount). */
export function sumContributions(all: Iterable<Contributions>): Contributions {
  let total: FlatContributions = {};
  for (const contributions of all) total = addCounts(total, flattenContributions(contributions));
  return unflattenContributions(total);
}

/** Slices with their zero counts and empty slices left out, to compare a maintained aggregate with a recount. */
export function withoutZeroSlices(slices: Record<string, Counts>): Record<string, Counts> {
  const clean: Record<string, Counts> = {};
  for (const [slice, counts] of Object.entries(slices)) {
    const kept = Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));
    if (Object.keys(kept).length > 0) clean[slice] = kept;
  }
  return clean;
}
