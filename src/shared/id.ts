/**
 * The one pattern of every id rocks knows (disciplines, rules, policy rules):
 * kebab-case, starting with a letter, at most MAX_ID_LENGTH characters.
 */
export const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const MAX_ID_LENGTH = 64;

export function isKebabId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && KEBAB_ID.test(value);
}
