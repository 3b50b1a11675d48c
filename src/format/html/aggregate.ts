/**
 * How the HTML report stays one readable page at any size: each chart shows
 * at most a fixed number of entities and folds the rest into one "N others"
 * entry with their totals, so a 300,000-member org gives a page of the same
 * few hundred kilobytes as a 300-member one. Tables under the charts list
 * more rows (all of them with --all).
 */
import { groupDigits } from '../wording.js';

export const LIMITS = {
  /** Members drawn as bars in the load chart; beyond it, a histogram of everyone. */
  loadBars: 25,
  /** People drawn as rows of the coverage heat map, widest span first. */
  heatRows: 30,
  /** Team rows in the teams chart. */
  teamRows: 30,
  /** Named givers (and receivers) in the handoff flow; the rest are one node. */
  flowPeople: 10,
  /** Rows of a table view, unless --all. */
  tableRows: 100,
} as const;

/** The first `limit` items, and how many were left out. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: readonly T[]; hidden: number } {
  return items.length <= limit ? { shown: items, hidden: 0 } : { shown: items.slice(0, limit), hidden: items.length - limit };
}

/**
 * Keys by weight, heaviest first (ties by first appearance), keeping `limit`
 * of them when there are more: the kept keys, and the rest as one set.
 */
export function heaviest(weights: ReadonlyMap<string, number>, limit: number): { kept: Set<string>; folded: Set<string> } {
  if (weights.size <= limit) return { kept: new Set(weights.keys()), folded: new Set() };
  const order = [...weights].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  // One node for the rest takes a place of its own.
  return { kept: new Set(order.slice(0, limit - 1)), folded: new Set(order.slice(limit - 1)) };
}

/** "1 other person", "12 other people". */
export function others(count: number, one: string, many: string): string {
  return `${groupDigits(count)} other ${count === 1 ? one : many}`;
}
