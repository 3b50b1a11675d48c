import type { TaskScan } from '../scan.js';

/**
 * Each member's hours per discipline (by number) as the plan changes them, in
 * the order the disciplines were first carried (riskOf sums them in that
 * order), and whether the member owns each. The plan touches few members:
 * the rest read the scan's flat arrays (where a member owns what they have
 * hours in), and a member's first change copies theirs into lists of their
 * own. A Map per member cost 300,000 Maps.
 */
export class Holdings {
  private readonly own = new Map<number, { ids: number[]; hours: number[]; owner: boolean[] }>();
  constructor(private readonly scan: TaskScan) {}

  /** Where member i's entries are: in their own lists, or in the scan's arrays from `start` to `end`. */
  entries(i: number): { ids: ArrayLike<number>; hours: ArrayLike<number>; start: number; end: number } {
    const own = this.own.get(i);
    if (own) return { ids: own.ids, hours: own.hours, start: 0, end: own.ids.length };
    return { ids: this.scan.holdingIds, hours: this.scan.holdingHours, start: this.scan.holdingStart[i]!, end: this.scan.holdingStart[i + 1]! };
  }

  /** Hours member i carries in discipline d; 0 when none. */
  hours(i: number, d: number): number {
    const own = this.own.get(i);
    if (own) {
      const k = own.ids.indexOf(d);
      return k < 0 ? 0 : own.hours[k]!;
    }
    const { holdingIds, holdingHours, holdingStart } = this.scan;
    for (let k = holdingStart[i]!, end = holdingStart[i + 1]!; k < end; k++) if (holdingIds[k] === d) return holdingHours[k]!;
    return 0;
  }

  isOwner(i: number, d: number): boolean {
    const own = this.own.get(i);
    if (own) {
      const k = own.ids.indexOf(d);
      return k >= 0 && own.owner[k]!;
    }
    return this.hours(i, d) > 0; // hours are never negative: some task in d has hours
  }

  /** Sets member i's hours and ownership in d, adding d after the disciplines they carry when new to them. */
  set(i: number, d: number, hours: number, owner: boolean): void {
    let own = this.own.get(i);
    if (!own) {
      const { holdingIds, holdingHours, holdingStart } = this.scan;
      own = { ids: [], hours: [], owner: [] };
      for (let k = holdingStart[i]!, end = holdingStart[i + 1]!; k < end; k++) {
        own.ids.push(holdingIds[k]!);
        own.hours.push(holdingHours[k]!);
        own.owner.push(holdingHours[k]! > 0);
      }
      this.own.set(i, own);
    }
    const k = own.ids.indexOf(d);
    if (k >= 0) {
      own.hours[k] = hours;
      own.owner[k] = owner;
    } else {
      own.ids.push(d);
      own.hours.push(hours);
      own.owner.push(owner);
    }
  }
}
