/**
 * How the fast reader gives a text up to the `yaml` package: deep inside a
 * scan, at the first thing outside its subset, it throws this one value, and
 * fastParse (read.ts) turns it into `undefined`. It never escapes fastParse.
 */
export const DECLINED = Symbol('declined');

export function decline(): never {
  throw DECLINED;
}
