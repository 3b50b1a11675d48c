/** How the reader turns mappings and sequences into plain data, as the `yaml` package's toJS does. */

/** Refused by the full parser wherever it appears as a key (parse-yaml.ts's checkKeys). */
export const PROTO = '__proto__';

/** Object.prototype's names: the `yaml` package defines these as own properties rather than assigning them. */
const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `obj[key] = value` as addPairToJSMap (node_modules/yaml/dist/nodes/addPairToJSMap.js) sets it: defined, when the name is inherited. */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (PROTO_KEYS.has(key)) Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** The items of the sequences being read, innermost last: each array is made at its final size (push over-allocates). */
export class ItemStack {
  private readonly items: unknown[] = [];
  private length = 0;

  /** Where the items of a sequence about to be read start: pass it to take. */
  open(): number {
    return this.length;
  }

  push(value: unknown): void {
    this.items[this.length++] = value;
  }

  /** The items pushed since `base`, as an array of their number; drops them from the stack. */
  take(base: number): unknown[] {
    const arr = this.items.slice(base, this.length);
    this.length = base;
    return arr;
  }
}
