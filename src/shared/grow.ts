/** Typed arrays used as growable buffers (records, hits, per-member scratch). */
type Buffer32 = Int32Array | Uint32Array | Float64Array;

/**
 * `array` if it holds `needed` elements, else a copy at least twice as long
 * (so a run of appends costs amortised constant time).
 */
export function withRoom<T extends Buffer32>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, 2 * array.length));
  (bigger as Buffer32).set(array as ArrayLike<number>);
  return bigger;
}
