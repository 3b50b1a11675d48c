import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { diffOrgs } from '../../src/diff/diff.js';
import { evaluatePolicy } from '../../src/check/evaluate.js';
import { decideOutcome } from '../../src/check/outcome.js';
import { CHECK_FORMATTERS, CHECK_FORMAT_NAMES } from '../../src/format/check.js';
import { type CheckReport } from '../../src/model/report.js';
import { GITHUB_ANNOTATION_LIMIT, formatCheckGithub } from '../../src/format/check-github.js';
import { pathToUri } from '../../src/format/check-sarif.js';
import { DEFAULT_CONTEXT } from '../../src/format/wording.js';
import { orgFrom } from '../helpers.js';

const read = (name: string): string => readFileSync(new URL(`../fixtures/check/${name}`, import.meta.url), 'utf8');

async function report(name: string, base?: string): Promise<CheckReport> {
  const org = await orgFrom(read(name), `org/${name}`);
  const audit = analyse(org);
  const diff = base ? diffOrgs(await orgFrom(read(base), `HEAD:org/${name}`), org) : undefined;
  const findings = evaluatePolicy(org, audit, { today: '2025-06-01', ...(diff ? { diff } : {}) });
  const gate = { failOn: 'error' as const };
  return { org, audit, findings, gate, outcome: decideOutcome(findings, gate), version: '1.2.3', ...(diff ? { diff, base: 'HEAD' } : {}) };
}

// The official OASIS SARIF 2.1.0 schema (errata01, draft-04), vendored from
// oasis-tcs/sarif-spec Schemata/sarif-schema-2.1.0.json. Ajv's default strictness
// applies; only strictRequired stays off, as the schema's anyOf branches name
// properties declared one level up.
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(read('../sarif-schema-2.1.0.json')));

describe('the registry', () => {
  test('the CLI choices and the formatters agree', () => {
    expect(Object.keys(CHECK_FORMATTERS).sort()).toEqual([...CHECK_FORMAT_NAMES].sort());
  });
  test.each(CHECK_FORMAT_NAMES)('%s renders the same org, naming every rule id', async (format) => {
    const r = await report('fail.yaml');
    const out = CHECK_FORMATTERS[format](r, DEFAULT_CONTEXT);
    for (const f of r.findings) expect(out).toContain(f.rule);
    expect(out.endsWith('\n')).toBe(true);
  });
});

describe('json', () => {
  test('one stable document', async () => {
    const doc = JSON.parse(CHECK_FORMATTERS.json(await report('waived.yaml'), DEFAULT_CONTEXT));
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'tool', 'org', 'stage', 'stageInferred', 'files', 'policy', 'gate', 'outcome', 'findings', 'diff']);
    expect(doc.outcome).toEqual({ passed: true, reasons: [], counts: { error: 0, warning: 2, info: 0, waived: 1 } });
    expect(doc.findings.at(-1)).toMatchObject({ rule: 'load-over-limit', waived: { reason: expect.any(String), expires: '2099-12-31', location: { file: 'org/waived.yaml', line: 13, col: 5 } } });
    expect(doc.diff).toBeNull();
  });
  test('with a base, the diff is included', async () => {
    const doc = JSON.parse(CHECK_FORMATTERS.json(await report('diff/after.yaml', 'diff/before.yaml'), DEFAULT_CONTEXT));
    expect(doc.diff.base).toBe('HEAD');
    expect(doc.diff.moved).toHaveLength(3);
  });
});

describe('sarif', () => {
  test.each(['pass.yaml', 'fail.yaml', 'waived.yaml', 'hostile.yaml'])('%s is valid SARIF 2.1.0', async (name) => {
    const log = JSON.parse(CHECK_FORMATTERS.sarif(await report(name), DEFAULT_CONTEXT));
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
  test('with a diff it is valid too', async () => {
    expect(validateSarif(JSON.parse(CHECK_FORMATTERS.sarif(await report('diff/after.yaml', 'diff/before.yaml'), DEFAULT_CONTEXT)))).toBe(true);
  });
  test('rules, locations and suppressions', async () => {
    const log = JSON.parse(CHECK_FORMATTERS.sarif(await report('waived.yaml'), DEFAULT_CONTEXT));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'rocks', version: '1.2.3' });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    const waived = run.results.find((r: { ruleId: string }) => r.ruleId === 'load-over-limit');
    expect(ids[waived.ruleIndex]).toBe('load-over-limit');
    expect(waived.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'org/waived.yaml' }, region: { startLine: 9, startColumn: 5 } });
    expect(waived.suppressions).toEqual([
      expect.objectContaining({ kind: 'inSource', status: 'accepted', justification: expect.stringContaining('Launch month') }),
    ]);
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'waiver-unused').suppressions).toBeUndefined();
  });
  test('paths become URI references', () => {
    expect(pathToUri('org/my team #1.yaml')).toBe('org/my%20team%20%231.yaml');
    expect(pathToUri('org\\win.yaml')).toBe('org/win.yaml');
  });
});

describe('github', () => {
  test('annotations carry file, line, col and title, with GitHub escaping', async () => {
    const out = formatCheckGithub(await report('fail.yaml'));
    expect(out.split('\n')[0]).toBe(
      '::error file=org/fail.yaml,line=11,col=7,title=rocks required-discipline-gap::nobody owns product-operations (Product Operations), a required discipline: give its rocks to someone with room, or open a Product Operations Specialist role',
    );
  });
  test(`annotates the ${GITHUB_ANNOTATION_LIMIT} most severe and summarises the rest`, async () => {
    const tasks = Array.from({ length: 15 }, (_, i) => `  - { title: Rock ${i}, discipline: sales }`).join('\n');
    const yaml = `version: 1\nstage: enterprise\npolicy: { allowUnassigned: false, maxDisciplines: 1, required: [] }\nmembers:\n  - name: Ada\n    tasks:\n      - { title: a, discipline: sales }\n      - { title: b, discipline: engineering }\nunassigned:\n${tasks}\n`;
    const org = await orgFrom(yaml);
    const findings = evaluatePolicy(org, analyse(org), { today: '2025-06-01' });
    const gate = { failOn: 'error' as const };
    const out = formatCheckGithub({ org, audit: analyse(org), findings, gate, outcome: decideOutcome(findings, gate), version: '0' });
    const commands = out.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(commands).toHaveLength(11);
    expect(commands[10]).toMatch(/^::notice title=rocks check::6 more findings \(5 errors, 1 warning\) are not annotated/);
  });
});

describe('markdown', () => {
  test('a job summary with findings, waivers and the diff', async () => {
    const out = CHECK_FORMATTERS.markdown(await report('diff/after.yaml', 'diff/before.yaml'), DEFAULT_CONTEXT);
    expect(out).toContain('### Changes since HEAD');
    expect(out).toContain('| Launch messaging for retail channel partners (was: Launch messaging for the retail channel) | Priya | Marcus | 6 h | yes |');
    expect(out).toContain('| Pricing for the annual plan | Priya | Tomás | 4 h | ⚠️ missing |');
    expect(out).toContain('### Load before → after');
    expect(out).toContain('- 🔺 product-design loses its last owner: Priya carried it before');
  });
});

describe('hostile strings are inert in every format', async () => {
  const r = await report('hostile.yaml');
  test.each(CHECK_FORMAT_NAMES)('%s', (format) => {
    const out = CHECK_FORMATTERS[format](r, { ...DEFAULT_CONTEXT, color: false });
    // No raw control characters: no ANSI/OSC sequence, no CR, no BEL reaches the output.
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    // No line an attacker wrote can start a workflow command.
    for (const line of out.split('\n')) {
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,title=rocks [a-z-]+::|^::notice title=rocks check::/);
    }
    expect(out.split('\n').some((l) => /^\s*::(warning|error)/.test(l) && /pwned|again|waiver/.test(l) && format !== 'github')).toBe(false);
    if (format === 'markdown') {
      expect(out).not.toContain('<script>');
      expect(out).not.toContain('<img');
      // A | from the org file never closes a cell: every table row keeps its column count.
      for (const line of out.split('\n').filter((l) => l.startsWith('| '))) expect(line.replace(/\\\|/g, '').split('|').length).toBe(6);
    }
    if (format === 'github') {
      for (const line of out.split('\n').filter((l) => l.startsWith('::'))) {
        const message = line.slice(line.indexOf('::', 2) + 2);
        expect(message).not.toMatch(/[\r\n]/);
      }
      expect(out).toContain('%250A');
    }
    if (format === 'json' || format === 'sarif') expect(JSON.stringify(JSON.parse(out))).toContain('\\u001b');
  });
});
