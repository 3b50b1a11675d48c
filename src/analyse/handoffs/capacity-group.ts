import { MinHeap } from './min-heap.js';

/**
 * The members of one capacity who may receive one discipline, bucketed by the
 * hours they carry: per bucket a heap of their places in name order; across
 * buckets a heap of the distinct hours. Entries go stale when a member's hours
 * change (they then sit in another bucket too) and are dropped when met.
 */
export class CapacityGroup {
  readonly buckets = new Map<number, MinHeap>();
  readonly efforts = new MinHeap();
  /** Hours present in `efforts`, so each is there once. */
  readonly listed = new Set<number>();

  insert(place: number, effort: number): void {
    let bucket = this.buckets.get(effort);
    if (!bucket) this.buckets.set(effort, (bucket = new MinHeap()));
    bucket.push(place);
    this.list(effort);
  }

  list(effort: number): void {
    if (this.listed.has(effort)) return;
    this.listed.add(effort);
    this.efforts.push(effort);
  }

  /** The smallest hours that still have a member filed under them, dropping the spent ones on the way. */
  smallestHours(): number | undefined {
    for (;;) {
      const hours = this.efforts.peek();
      if (hours === undefined) return undefined;
      const bucket = this.buckets.get(hours);
      if (bucket && bucket.size > 0) return hours;
      this.efforts.pop();
      this.listed.delete(hours);
      this.buckets.delete(hours);
    }
  }
}
