/**
 * A program that uses rocks as a library names the report types analyse()
 * returns: the built package (dist/index.d.ts, which npm test builds) must
 * export them.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPORT_TYPES = [
  'Audit',
  'CoverageStatus',
  'DisciplineCoverage',
  'DisciplineEffort',
  'Handoff',
  'HandoffPlan',
  'LoadChange',
  'LoadStatus',
  'MemberLoad',
  'MissingDeliverable',
  'RiskLevel',
  'RoleToOpen',
  'TaskRef',
  'TeamRollup',
  'TruckFactor',
  'UnicornRisk',
];

/** The type errors of `text` compiled as a module beside dist/ that imports the package. */
function typeErrors(text: string): string[] {
  const file = resolve('consumer.ts');
  const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => (resolve(name) === file ? ts.createSourceFile(name, text, language) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => resolve(name) === file || fileExists.call(host, name);
  host.readFile = (name) => (resolve(name) === file ? text : readFile.call(host, name));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the library', () => {
  it('exports the types of the reports analyse() and planHandoffs() return', () => {
    const text = [
      `import type { ${REPORT_TYPES.join(', ')} } from './dist/index.js';`,
      `import { analyse, planHandoffs } from './dist/index.js';`,
      `export type Reports = [${REPORT_TYPES.join(', ')}];`,
      `export const audit: (org: Parameters<typeof analyse>[0]) => Audit = analyse;`,
      `export const plan: (org: Parameters<typeof planHandoffs>[0]) => HandoffPlan = planHandoffs;`,
    ].join('\n');
    expect(typeErrors(text)).toEqual([]);
  });
});
