/** What the check and diff formatters render, as the CLI builds it. */
import type { Audit } from './audit.js';
import type { OrgDiff } from './diff.js';
import type { Finding, GateOptions, Outcome } from './finding.js';
import type { Org } from './org.js';

/** Everything a check formatter needs; built by the CLI, rendered by a formatter. */
export interface CheckReport {
  org: Org;
  audit: Audit;
  /** Most severe first, waived ones last. */
  findings: Finding[];
  gate: GateOptions;
  outcome: Outcome;
  /** With `--base <ref>`: the change from that version to this one. */
  diff?: OrgDiff;
  /** What the diff compares against: a git ref or the old path. */
  base?: string;
  /** rocks' version, for SARIF's tool.driver. */
  version: string;
}

export interface DiffReport {
  before: Org;
  after: Org;
  /** How the old version was named on the command line (a path or ref:path). */
  beforeLabel: string;
  afterLabel: string;
  diff: OrgDiff;
}
