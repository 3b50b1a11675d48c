import type { NameOrder } from '../name-order.js';
import type { TaskScan } from '../scan.js';
import { CapacityGroup } from './capacity-group.js';
import { GroupCursor, type ReceiverQuery } from './group-cursor.js';
import type { PlanState } from './plan-state.js';

/**
 * Who can take a task of a discipline, best first, without scanning the org:
 * per discipline, its candidates grouped by capacity (CapacityGroup), and a
 * merge across the groups' cursors (GroupCursor) that gives exactly the order
 * of a full sort by (load after the move, name, org order).
 */
export class ReceiverIndex {
  /** Per discipline number: capacity to group. */
  private readonly groups: (Map<number, CapacityGroup> | undefined)[] = [];
  /** Per member whose candidacies changed: the disciplines whose groups hold them (the others: what they carried or listed as skills at the start). */
  private readonly indexed = new Map<number, Set<number>>();
  private readonly seen: Int32Array;
  private query = 0;

  constructor(
    private readonly state: PlanState,
    private readonly scan: TaskScan,
    private readonly names: NameOrder,
  ) {
    const n = names.order.length;
    this.seen = new Int32Array(n);
    // Filed in name order, each bucket's heap only ever grows at its end.
    const { holdingIds, holdingStart } = scan;
    const { skillIds, skillStart } = state;
    for (let place = 0; place < n; place++) {
      const i = names.order[place]!;
      const capacity = state.capacity[i]!;
      const effort = state.effort[i]!;
      const carriedFrom = holdingStart[i]!;
      const carriedTo = holdingStart[i + 1]!;
      for (let k = carriedFrom; k < carriedTo; k++) this.groupFor(holdingIds[k]!, capacity).insert(place, effort);
      for (let k = skillStart[i]!; k < skillStart[i + 1]!; k++) {
        const d = skillIds[k]!;
        let carried = false;
        for (let c = carriedFrom; c < carriedTo; c++) if (holdingIds[c] === d) carried = true;
        if (!carried) this.groupFor(d, capacity).insert(place, effort);
      }
    }
  }

  /** Makes `member` a candidate for discipline `d` (idempotent). */
  add(member: number, d: number): void {
    const set = this.indexedOf(member);
    if (set.has(d)) return;
    set.add(d);
    this.groupFor(d, this.state.capacity[member]!).insert(this.names.position[member]!, this.state.effort[member]!);
  }

  /** Re-files `member` after their hours changed. */
  update(member: number): void {
    const effort = this.state.effort[member]!;
    const place = this.names.position[member]!;
    for (const d of this.indexedOf(member)) this.groupFor(d, this.state.capacity[member]!).insert(place, effort);
  }

  /**
   * The first member, in order of load after taking `effort` hours and then
   * name, who can receive discipline `d`, is not `from`, stays at or under
   * `ceiling` and passes `accept`; -1 when there is none.
   */
  find(d: number, effort: number, from: number, ceiling: number, canReceive: (member: number) => boolean, accept: (member: number) => boolean): number {
    const byCapacity = this.groups[d];
    if (!byCapacity) return -1;
    const query: ReceiverQuery = {
      effort,
      from,
      ceiling,
      order: this.names.order,
      hours: this.state.effort,
      seen: this.seen,
      mark: ++this.query,
      canReceive,
      cannotReceive: (member) => this.indexedOf(member).delete(d),
    };
    const cursors: GroupCursor[] = [];
    for (const [capacity, group] of byCapacity) cursors.push(new GroupCursor(group, capacity, query));
    for (const c of cursors) c.advance();
    const found = this.firstAccepted(cursors, accept);
    const restored = ++this.query;
    for (const c of cursors) c.restore(restored);
    return found;
  }

  /** The candidates of all cursors merged by (load, name) until one passes `accept`; -1 when none does. */
  private firstAccepted(cursors: readonly GroupCursor[], accept: (member: number) => boolean): number {
    const { position } = this.names;
    for (;;) {
      let best: GroupCursor | undefined;
      for (const c of cursors) {
        if (c.done) continue;
        if (!best || c.load < best.load || (c.load === best.load && position[c.head]! < position[best.head]!)) best = c;
      }
      if (!best) return -1;
      if (accept(best.head)) return best.head;
      best.advance();
    }
  }

  /** What member i was a candidate for at the start: the disciplines they carried, then their other skills. */
  private initiallyIndexed(i: number): number[] {
    const { holdingIds, holdingStart } = this.scan;
    const ds: number[] = [];
    for (let k = holdingStart[i]!; k < holdingStart[i + 1]!; k++) ds.push(holdingIds[k]!);
    const carriedCount = ds.length;
    for (let k = this.state.skillStart[i]!; k < this.state.skillStart[i + 1]!; k++) {
      const d = this.state.skillIds[k]!;
      let known = false;
      for (let j = 0; j < carriedCount; j++) if (ds[j] === d) known = true;
      if (!known) ds.push(d);
    }
    return ds;
  }

  private indexedOf(member: number): Set<number> {
    let set = this.indexed.get(member);
    if (!set) this.indexed.set(member, (set = new Set(this.initiallyIndexed(member))));
    return set;
  }

  private groupFor(d: number, capacity: number): CapacityGroup {
    let byCapacity = this.groups[d];
    if (!byCapacity) this.groups[d] = byCapacity = new Map();
    let group = byCapacity.get(capacity);
    if (!group) byCapacity.set(capacity, (group = new CapacityGroup()));
    return group;
  }
}
