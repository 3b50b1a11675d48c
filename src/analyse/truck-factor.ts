/** The truck factor: how few departures leave most required disciplines without an owner. */
import type { Org } from '../model/org.js';
import type { TruckFactor } from '../model/audit.js';
import type { NameOrder } from './name-order.js';
import type { TaskScan } from './scan.js';

/** No answer: nothing required is owned, or too much is for the exact search. */
const unknown = (): TruckFactor => ({ people: null, members: [], disciplines: [] });

/**
 * The smallest set of people whose departure leaves more than half of the
 * required disciplines without an owner; among equals, the set that leaves the
 * most disciplines ownerless. Exact for up to 16 owned required disciplines
 * (it enumerates subsets of disciplines, which are few, not of people).
 */
export function truckFactor(org: Org, scan: TaskScan, names: NameOrder): TruckFactor {
  const ownersOf = (id: string): number[] | undefined => {
    const k = scan.idIndex.get(id);
    return k === undefined ? undefined : scan.owners[k];
  };
  const required = org.policy.required.filter((id) => (ownersOf(id)?.length ?? 0) > 0);
  const alreadyGap = org.policy.required.length - required.length;
  const need = Math.floor(org.policy.required.length / 2) + 1 - alreadyGap;
  if (org.policy.required.length === 0 || required.length === 0) return unknown();
  if (need <= 0) return { people: 0, members: [], disciplines: [] };
  if (required.length > 16 || need > required.length) return unknown();
  // Each owner as the bit set of the required disciplines they carry.
  const bitsOf = new Int32Array(org.members.length);
  required.forEach((id, i) => {
    for (const p of ownersOf(id)!) bitsOf[p]! |= 1 << i;
  });
  const best = fewestLost(bitsOf, required.length, need);
  if (!best) return unknown();
  const chosen = best.mask;
  // In name order: the members walked in that order, not a sort of the (often many) names.
  const members: string[] = [];
  for (const p of names.order) if (bitsOf[p]! & chosen) members.push(scan.names[p]!);
  return {
    people: best.size,
    members,
    disciplines: required.filter((_, i) => chosen & (1 << i)),
  };
}

/**
 * Among the sets of at least `need` of `n` disciplines, the one whose loss
 * takes the fewest people (`size`), then the most disciplines (`count`). The
 * people a set S of disciplines loses are those whose bits meet S, counted for
 * every S at once by a sum over subsets (n · 2^n, not people · 2^n).
 */
function fewestLost(bitsOf: Int32Array, n: number, need: number): { mask: number; size: number; count: number } | undefined {
  const full = (1 << n) - 1;
  const within = new Float64Array(1 << n); // within[X]: owners whose bits are a subset of X
  for (const bits of bitsOf) if (bits !== 0) within[bits]!++;
  for (let i = 0; i < n; i++) for (let x = 0; x <= full; x++) if (x & (1 << i)) within[x]! += within[x ^ (1 << i)]!;
  let best: { mask: number; size: number; count: number } | undefined;
  for (let mask = 1; mask <= full; mask++) {
    let bits = 0;
    for (let x = mask; x; x &= x - 1) bits++;
    if (bits < need) continue;
    const size = within[full]! - within[full & ~mask]!;
    if (!best || size < best.size || (size === best.size && bits > best.count)) best = { mask, size, count: bits };
  }
  return best;
}
