/**
 * A plain scalar's value in the YAML 1.2 core schema, as the `yaml` package
 * types it: its tags in their order in node_modules/yaml/dist/schema/core/schema.js
 * (null from schema/common/null.js, then bool, intOct, int, intHex,
 * floatNaN, floatExp and float from schema/core/bool.js, int.js and float.js),
 * with the same patterns and the same conversions. Pinned to the `yaml`
 * version in package.json: a new version may change them.
 */
import { Ch } from './chars.js';

const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar as the YAML 1.2 core schema types it (the `yaml` package's order of tests). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Numbers start with a digit, a sign or a dot; anything else is null, a boolean or a string.
  const numeric = (c >= 0x30 && c <= 0x39) || c === Ch.Plus || c === Ch.Dash || c === Ch.Dot;
  if (!numeric) {
    if (s.length > 5) return s;
    switch (s) {
      case '':
      case '~':
      case 'null':
      case 'Null':
      case 'NULL':
        return null;
      case 'true':
      case 'True':
      case 'TRUE':
        return true;
      case 'false':
      case 'False':
      case 'FALSE':
        return false;
    }
    return s;
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}
