import { jsonText } from './escape.js';
import { createHash } from 'node:crypto';
import { POLICY_RULES } from '../check/registry.js';
import { type Finding } from '../model/finding.js';
import type { CheckReport } from '../model/report.js';
import { findingMessage } from './messages.js';

const LEVEL: Record<Finding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A path as a relative URI reference: forward slashes, each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function region(f: { line: number; col: number }) {
  return { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.col) };
}

/** Stable across runs and unrelated edits: the rule, the target and the file, not the line. */
function fingerprint(f: Finding): string {
  return createHash('sha256').update(`${f.rule}\0${f.target.toLowerCase()}\0${f.file}`).digest('hex').slice(0, 32);
}

/**
 * SARIF 2.1.0 (validated against the OASIS schema in the tests): rule metadata
 * in tool.driver.rules, one result per finding with its physical location,
 * waived findings carrying an accepted in-source suppression.
 */
export function formatCheckSarif(report: CheckReport): string {
  const ruleIndex = new Map(POLICY_RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rocks',
            version: report.version,
            rules: POLICY_RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              help: { text: `${r.description} See docs/ci.md#${r.id} in the rocks repository.` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: r.needsDiff ? ['rocks', 'diff'] : ['rocks'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule)! } : {}),
          level: LEVEL[f.severity],
          message: { text: findingMessage(f) },
          locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.file) }, region: region(f) } }],
          partialFingerprints: { 'rocksFinding/v1': fingerprint(f) },
          properties: { target: f.target },
          ...(f.waived
            ? {
                suppressions: [
                  {
                    kind: 'inSource',
                    status: 'accepted',
                    justification: `${f.waived.reason} (waived until ${f.waived.expires})`,
                    location: { physicalLocation: { artifactLocation: { uri: pathToUri(f.waived.file) }, region: region(f.waived) } },
                  },
                ],
              }
            : {}),
        })),
        invocations: [{ executionSuccessful: true }],
      },
    ],
  };
  return jsonText(log);
}
