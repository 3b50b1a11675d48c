/**
 * The layers of src/ and the one direction they import in (docs/architecture.md).
 * `npm run layers` prints the violations; test/architecture.test.ts fails on any.
 *
 *   shared ← model ← classify ← input ← import ← edit ← analyse ← diff ← check ← format ← init ← cli
 *
 * A folder may import from its own layer and the layers to its left, never to
 * its right; src/index.ts (the library entry) may import any of them.
 */
const LAYERS = ['shared', 'model', 'classify', 'input', 'import', 'edit', 'analyse', 'diff', 'check', 'format', 'init', 'cli'];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer}-imports-upward`,
  comment: `src/${layer} may import only from ${LAYERS.slice(0, i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

/** Folders that are the pure core: data in, data out, no I/O. */
const CORE = 'shared|model|classify|input|import|edit|analyse|diff|check|format';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import circle: split the shared part into a module both can import',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...upward,
    {
      name: 'not-a-layer',
      comment: 'every module lives in one of the layer folders (or is src/index.ts)',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${LAYERS.join('|')})/|^src/index\\.ts$` },
      to: {},
    },
    {
      name: 'core-does-io',
      comment: 'the core is pure: files, processes, terminals and the network belong to src/cli',
      severity: 'error',
      from: { path: `^src/(${CORE})/` },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|net|http|https|http2|tty|os|readline|worker_threads|cluster|dgram|process|inspector)$' },
    },
    {
      name: 'prompts-only-in-cli',
      comment: 'prompts are behind src/cli/prompts.ts; init builds documents from answers',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^node_modules/@inquirer/' },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports is dead code (or an entry that belongs in the exceptions here)',
      severity: 'error',
      from: { orphan: true, path: '^src/', pathNot: '^src/(index|cli/main)\\.ts$|\\.d\\.ts$' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|test|bench|scripts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
