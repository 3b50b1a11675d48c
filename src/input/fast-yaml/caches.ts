/**
 * The reader's caches of plain texts: an org file repeats a handful of keys
 * millions of times and short values (roles, teams, disciplines, tags) often;
 * handing back the string read before spares a slice each time, and the
 * garbage collector strings to keep and copy. Both are sized by the text and
 * live as long as one parse.
 */
import { decline } from './decline.js';
import { PROTO } from './objects.js';
import { resolvePlain } from './resolve-plain.js';

/** Most slots of a parse's cache of plain keys (a power of two), and how many of them a key may take. */
const KEY_CACHE_SIZE = 1024;
const KEY_CACHE_PROBES = 4;
/** Most slots of a parse's cache of short plain texts (a power of two), and the longest text it shares. */
const TEXT_CACHE_SIZE = 4096;
export const SHARED_TEXT_MAX = 32;

/**
 * Slots for a cache of a text of `length` characters: a slot per 64 characters
 * up to `most`. A folder of 12,500 team files is 12,500 parses; full-size caches
 * would cost 250 MB to allocate and clear.
 */
function cacheSlots(length: number, most: number): number {
  let slots = 64;
  while (slots < most && slots * 64 < length) slots *= 2;
  return slots;
}

/** The internalized copy of `s` (as V8 keeps property names), so that storing it as a key needs no string-table lookup. */
function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0]!;
}

/** A hash of `src` from `start` to `end`, for the caches' slots. */
function textHash(src: string, start: number, end: number): number {
  let hash = end - start;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + src.charCodeAt(k)) | 0;
  return hash ^ (hash >>> 15);
}

/** Texts of `src` in slots by a hash of the text (an empty slot holds ''). */
abstract class SlotCache {
  protected readonly src: string;
  protected readonly slots: string[];
  protected readonly mask: number;

  constructor(src: string, most: number) {
    this.src = src;
    this.slots = new Array<string>(cacheSlots(src.length, most)).fill('');
    this.mask = this.slots.length - 1;
  }
}

/** Plain keys by a hash of their text, internalized. */
export class PlainKeys extends SlotCache {
  constructor(src: string) {
    super(src, KEY_CACHE_SIZE);
  }

  /** The plain key written from `start` to `end` (not empty); declines keys that are not strings in the core schema. */
  key(start: number, end: number): string {
    const src = this.src;
    const slots = this.slots;
    const home = textHash(src, start, end) & this.mask;
    // A few slots from the hash's on, so that two keys of a file rarely push each other out.
    let free = home;
    for (let probe = 0; probe < KEY_CACHE_PROBES; probe++) {
      const slot = (home + probe) & this.mask;
      const cached = slots[slot]!;
      if (cached === '') {
        free = slot;
        break;
      }
      if (cached.length === end - start && src.startsWith(cached, start)) return cached;
    }
    const text = src.slice(start, end);
    if (typeof resolvePlain(text) !== 'string' || text === PROTO) decline();
    const key = internalized(text);
    slots[free] = key;
    return key;
  }
}

/** Short plain texts (up to SHARED_TEXT_MAX characters) by a hash of their text, one per slot. */
export class SharedTexts extends SlotCache {
  constructor(src: string) {
    super(src, TEXT_CACHE_SIZE);
  }

  /** The plain scalar from `start` to `end` (not empty, not longer than SHARED_TEXT_MAX) as data; a text is the one read before when it still holds its slot. */
  resolve(start: number, end: number): unknown {
    const src = this.src;
    const slot = textHash(src, start, end) & this.mask;
    const cached = this.slots[slot]!;
    if (cached.length === end - start && src.startsWith(cached, start)) return cached;
    const value = resolvePlain(src.slice(start, end));
    if (typeof value === 'string') this.slots[slot] = value;
    return value;
  }
}
