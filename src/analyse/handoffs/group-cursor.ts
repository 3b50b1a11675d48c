import { loadPercent } from '../../model/org.js';
import type { CapacityGroup } from './capacity-group.js';
import type { MinHeap } from './min-heap.js';

/** One look-up in the receiver index: what is to be received, and what its cursors share. */
export interface ReceiverQuery {
  /** Hours to receive; the giver, never a candidate (-1: none); the highest load allowed after the move. */
  effort: number;
  from: number;
  ceiling: number;
  /** Member indexes by place in name order, and members' hours as the plan stands. */
  order: Int32Array;
  hours: Float64Array;
  /** Per member: the mark of the last look-up that met them; this look-up's mark. */
  seen: Int32Array;
  mark: number;
  canReceive(member: number): boolean;
  /** Told of a member met who cannot receive: they never will, as that only comes with a move to them. */
  cannotReceive(member: number): void;
}

/**
 * One capacity group's candidates for a look-up, in order of load after the
 * move and then name. For one capacity, load after a move grows with hours
 * carried, so the group's buckets, smallest hours first, yield candidates in
 * load order (two neighbouring buckets may round to the same load: they form
 * one run, merged by name), up to the first bucket over the ceiling. What the
 * look-up takes out of the group's heaps, `restore` puts back.
 */
export class GroupCursor {
  /** The current candidate (a member) and their load after the move; `done` when there is none left. */
  head = -1;
  load = 0;
  done = false;
  /** The buckets of the current run (same load). */
  private run: { effort: number; bucket: MinHeap }[] = [];
  /** Hours taken out of the group's `efforts`, and places taken out of its buckets. */
  private readonly poppedEfforts: number[] = [];
  private readonly taken: { bucket: MinHeap; effort: number; place: number }[] = [];

  constructor(
    private readonly group: CapacityGroup,
    private readonly capacity: number,
    private readonly query: ReceiverQuery,
  ) {}

  /** Moves to the next candidate, or to `done`. */
  advance(): void {
    for (;;) {
      if (this.run.length === 0) this.nextRun();
      if (this.done) return;
      this.head = this.nextInRun();
      if (this.head >= 0) return;
      this.run = [];
    }
  }

  /** Puts back what this look-up took out: each member once (marked `restored` in `seen`), if still filed under those hours; then the hours. */
  restore(restored: number): void {
    const { order, hours, seen } = this.query;
    for (const t of this.taken) {
      const member = order[t.place]!;
      if (hours[member] !== t.effort || seen[member] === restored) continue;
      seen[member] = restored;
      t.bucket.push(t.place);
    }
    for (const effort of this.poppedEfforts) {
      const bucket = this.group.buckets.get(effort);
      if (bucket && bucket.size > 0) this.group.list(effort);
      else this.group.buckets.delete(effort);
    }
  }

  private loadAt(hours: number): number {
    return loadPercent(hours + this.query.effort, this.capacity);
  }

  /** Starts the next run: the smallest hours under the ceiling, with any next hours of equal load. */
  private nextRun(): void {
    this.run = [];
    const { group } = this;
    const first = group.smallestHours();
    if (first === undefined || !(this.loadAt(first) <= this.query.ceiling + 1e-9)) {
      this.done = true;
      return;
    }
    this.load = this.loadAt(first);
    for (let hours: number | undefined = first; hours !== undefined && this.loadAt(hours) === this.load; hours = group.smallestHours()) {
      group.efforts.pop();
      group.listed.delete(hours);
      this.poppedEfforts.push(hours);
      this.run.push({ effort: hours, bucket: group.buckets.get(hours)! });
    }
  }

  /** The next candidate of the current run, by name; -1 when the run is spent. */
  private nextInRun(): number {
    const { order, hours, seen, mark, from } = this.query;
    for (;;) {
      let best: { effort: number; bucket: MinHeap } | undefined;
      let bestPlace = 0;
      for (const r of this.run) {
        const top = r.bucket.peek();
        if (top === undefined) continue;
        if (!best || top < bestPlace) {
          best = r;
          bestPlace = top;
        }
      }
      if (!best) return -1;
      const place = best.bucket.pop()!;
      const member = order[place]!;
      if (hours[member] !== best.effort) continue; // stale: filed under other hours now
      if (seen[member] === mark) {
        this.taken.push({ bucket: best.bucket, effort: best.effort, place });
        continue;
      }
      if (!this.query.canReceive(member)) {
        this.query.cannotReceive(member);
        continue;
      }
      seen[member] = mark;
      this.taken.push({ bucket: best.bucket, effort: best.effort, place });
      if (member === from) continue;
      return member;
    }
  }
}
