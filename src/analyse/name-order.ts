/**
 * The orders reports list members and disciplines in: members by name
 * (compareText), computed once per analysis so that hot sorts compare
 * integers, and the sort of a report by a number, highest first, then name.
 */
import { compareText, PRIMARY_WEIGHT, PRIMARY_WEIGHTS, SORT_NATIVELY_FROM, sortable } from '../shared/collate.js';

/** Members in the order of their names, and each member's place in that order. */
export interface NameOrder {
  /** Member indexes by name (compareText), equal names by index. */
  order: Int32Array;
  /** Per member: their place in `order`. */
  position: Int32Array;
}

/**
 * The members in order of names (compareText; equal names by index), so hot
 * sorts compare two integers instead of two strings: sorting by (key,
 * position) gives exactly the order a stable sort by (key, compareText) gives.
 */
export function nameOrder(memberNames: readonly string[]): NameOrder {
  const order = memberNames.length < SORT_NATIVELY_FROM ? comparatorOrder(memberNames) : radixOrder(memberNames);
  const position = new Int32Array(order.length);
  for (let p = 0; p < order.length; p++) position[order[p]!] = p;
  return { order, position };
}

/** A few names: a comparator sort by compareText. */
function comparatorOrder(memberNames: readonly string[]): Int32Array {
  return Int32Array.from(memberNames.map((_, i) => i).sort((a, b) => compareText(memberNames[a]!, memberNames[b]!) || a - b));
}

/**
 * Many names: those of spaces, hyphens, digits and ASCII letters (most of
 * them) by a radix sort on their primary weights; the others by
 * localeCompare; then the two merged. A comparator sort of 300,000 names took
 * half a second.
 */
function radixOrder(memberNames: readonly string[]): Int32Array {
  const n = memberNames.length;
  const names = memberNames.map(sortable);
  const byName = (a: number, b: number): number => names[a]!.localeCompare(names[b]!, 'en') || a - b;
  const plain: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < n; i++) (PLAIN_NAME.test(names[i]!) ? plain : other).push(i);
  const plainOrder = orderPlainNames(plain, names, byName);
  other.sort(byName);
  const order = new Int32Array(n);
  let a = 0;
  let b = 0;
  let k = 0;
  while (a < plainOrder.length && b < other.length) order[k++] = byName(plainOrder[a]!, other[b]!) < 0 ? plainOrder[a++]! : other[b++]!;
  while (a < plainOrder.length) order[k++] = plainOrder[a++]!;
  while (b < other.length) order[k++] = other[b++]!;
  return order;
}

/** A name made only of characters whose primary weight compareText knows. */
const PLAIN_NAME = /^[A-Za-z0-9 -]*$/;

/** Digits of the packed sort keys: the primary weights of plain names' characters (collate.ts), and 0 past a name's end, which comes first. */
const PLAIN_RADIX = PRIMARY_WEIGHTS;

/**
 * Plain names (member indexes into `names`) in the order of `byName`: by their
 * primary weights, a few characters at a time packed with the name's place
 * into one double and sorted natively, recursing into runs that agree so far;
 * names equal at the primary level (they differ in case, if at all) by
 * `byName` itself. The first position where two plain names' primary weights
 * differ decides their order (compareText), and a name that ends first comes
 * first.
 */
function orderPlainNames(group: number[], names: readonly string[], byName: (a: number, b: number) => number): number[] {
  const out: number[] = [];
  const sortFrom = (members: number[], from: number): void => {
    if (members.length === 1) {
      out.push(members[0]!);
      return;
    }
    let longest = 0;
    for (const i of members) longest = Math.max(longest, names[i]!.length);
    if (longest <= from) {
      for (const i of members.sort(byName)) out.push(i);
      return;
    }
    // As many characters as fit in a double beside the place in `members`.
    const placeScale = 2 ** Math.ceil(Math.log2(members.length + 1));
    let chars = 0;
    while (PLAIN_RADIX ** (chars + 1) * placeScale <= 2 ** 53) chars++;
    const keys = new Float64Array(members.length);
    for (let j = 0; j < members.length; j++) {
      const name = names[members[j]!]!;
      let weight = 0;
      for (let c = from; c < from + chars; c++) weight = weight * PLAIN_RADIX + (c < name.length ? PRIMARY_WEIGHT[name.charCodeAt(c)]! : 0);
      keys[j] = weight * placeScale + j;
    }
    keys.sort();
    for (let k = 0; k < keys.length; ) {
      const weight = Math.floor(keys[k]! / placeScale);
      let end = k + 1;
      while (end < keys.length && Math.floor(keys[end]! / placeScale) === weight) end++;
      if (end === k + 1) out.push(members[keys[k]! % placeScale]!);
      else {
        const run: number[] = [];
        for (let r = k; r < end; r++) run.push(members[keys[r]! % placeScale]!);
        sortFrom(run, from + chars);
      }
      k = end;
    }
  };
  if (group.length > 0) sortFrom(group, 0);
  return out;
}

/**
 * Discipline ids in name order. Ids are kebab-case ASCII (the schema checks
 * it), where code-unit order is the root collation's ("-" < digits < letters):
 * compareText's answer, without its loop.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `items` ordered by `keys` (one per item), highest first, then by name: what
 * a sort by the comparator `keys[b] - keys[a] || position[a] - position[b]`
 * gives, by a counting sort over the distinct keys (a few hundred loads, a few
 * thousand scores) instead of 5 million comparator calls at 300,000 members.
 * A NaN key (a score of 0 × Infinity) makes that comparator inconsistent, and
 * its result whatever the sort algorithm makes of it: then it is that sort.
 */
export function sortedByKeyDesc<T>(items: readonly T[], keys: Float64Array, names: NameOrder): T[] {
  const n = items.length;
  const { order, position } = names;
  const bucketOf = new Map<number, number>(); // from key to provisional bucket (+0 and -0 share one, as they compare equal)
  const distinct: number[] = [];
  const bucket = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (Number.isNaN(key)) {
      return items
        .map((_, k) => k)
        .sort((a, b) => keys[b]! - keys[a]! || position[a]! - position[b]!)
        .map((k) => items[k]!);
    }
    let b = bucketOf.get(key);
    if (b === undefined) {
      b = distinct.push(key) - 1;
      bucketOf.set(key, b);
    }
    bucket[i] = b;
  }
  // Where each bucket starts in the output: buckets by key, highest first.
  const byKey = distinct.map((_, b) => b).sort((a, b) => distinct[b]! - distinct[a]!);
  const count = new Int32Array(distinct.length);
  for (let i = 0; i < n; i++) count[bucket[i]!]!++;
  const next = new Int32Array(distinct.length);
  for (let k = 0, at = 0; k < byKey.length; k++) {
    next[byKey[k]!] = at;
    at += count[byKey[k]!]!;
  }
  const sorted = new Array<T>(n);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    sorted[next[bucket[i]!]!++] = items[i]!;
  }
  return sorted;
}
