/**
 * Sentences shared by the human check formats. Plain text built from
 * untrusted names: the caller escapes for its medium.
 */
import type { LoadDelta, OrgDiff, RockMove } from '../model/diff.js';
import type { Outcome } from '../model/finding.js';
import type { CheckReport } from '../model/report.js';
import { plural, reasonMessage } from './messages.js';

/** "2 errors, 3 warnings, 1 info (1 waived)". */
export function countsLine(outcome: Outcome): string {
  const { error, warning, info, waived } = outcome.counts;
  const parts = [plural(error, 'error'), plural(warning, 'warning'), `${info} info`];
  return `${parts.join(', ')}${waived ? ` (${waived} waived)` : ''}`;
}

/** "passed" / "failed: 2 findings at or above "error"". */
export function verdict(report: CheckReport): string {
  const { outcome, gate } = report;
  if (outcome.failed) return `failed: ${outcome.reasons.map(reasonMessage).join('; ')}`;
  return `passed (failing on ${gate.failOn}${gate.maxWarnings !== undefined ? `, at most ${plural(gate.maxWarnings, 'warning')}` : ''})`;
}

export function checkHeadline(report: CheckReport): string {
  const { org } = report;
  return `rocks check: ${org.name} · ${org.stage}${org.stageInferred ? ' (inferred)' : ''} · ${plural(org.members.length, 'member')} · ${org.files.length === 1 ? org.files[0] : plural(org.files.length, 'file')}`;
}

export function fmtLoad(n: number | null): string {
  return n === null ? '—' : `${n}%`;
}

export function loadChanged(l: LoadDelta): boolean {
  return l.before !== l.after || l.rocksBefore !== l.rocksAfter;
}

export function fromTo(m: RockMove): { from: string; to: string } {
  return { from: m.from ?? '(unassigned)', to: m.to ?? '(put down)' };
}

export function diffSummary(diff: OrgDiff): string {
  return `${plural(diff.moved.length, 'rock')} moved, ${diff.added.length} added, ${diff.dropped.length} dropped, ${diff.edited.length} retitled`;
}
