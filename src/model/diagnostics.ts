/** A data path inside one YAML document: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Where a thing was written: a file and a data path inside it. */
export interface SourceRef {
  file: string;
  path: DataPath;
}

/** 1-based line and column, ready to print. */
export interface Position {
  line: number;
  col: number;
}

/** A problem with the input: the org file cannot be used as written. */
export interface Diagnostic extends Position {
  file: string;
  message: string;
  /** Stable id of the kind of problem (`yaml-syntax`, `unknown-key`, `duplicate-member`...). */
  code: string;
  severity: 'error' | 'warning';
}

/** `file:line:col: message`, the shape editors and CI logs link from. */
export function formatLocation(d: { file: string; line: number; col: number }): string {
  return `${d.file}:${d.line}:${d.col}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.col - b.col || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** Raised for input rocks cannot use; the CLI prints the diagnostics and exits 2. */
export class InputError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.length === 1 ? diagnostics[0]!.message : `${diagnostics.length} problems in the input`);
    this.name = 'InputError';
  }
}
