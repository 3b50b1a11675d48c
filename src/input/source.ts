/** A parsed org file as the rest of loading sees it: plain data, and a way back to positions. */
import type { DataPath, Diagnostic, Position } from '../model/diagnostics.js';

export interface ParseLimits {
  /** Maximum nesting of collections; deeper input is refused before parsing. */
  maxDepth: number;
  /** Maximum number of alias expansions (billion-laughs guard). */
  maxAliasCount: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 64, maxAliasCount: 1000 };

export interface Locator {
  /**
   * Position of the node at `path`, or of its nearest ancestor that exists.
   * With `key`, the position of that key inside the mapping at `path`.
   */
  locate(path: DataPath, key?: string): Position;
}

export interface ParsedSource {
  file: string;
  /** The plain data, or undefined when the text is not usable YAML. */
  data: unknown;
  locator: Locator;
  diagnostics: Diagnostic[];
}
