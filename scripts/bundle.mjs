// Bundles the CLI into one CommonJS file, dist/rocks.cjs, and compiles it once
// into a V8 code cache, dist/rocks.cjs.cache, that bin/rocks.js hands to V8.
// Start-up then reads two files and skips most compilation: on the three-person
// example, compiling the ES module bundle was a fifth of a run.
//
// The yaml package, zod, @inquirer/prompts and csv-parse stay outside (required from
// node_modules when a command needs them): the first two only for inputs
// outside the fast path, the third only for `rocks init`, csv-parse for
// `rocks import`. So does @colors/colors, which cli-table3 requires only to
// style headers and borders, and rocks' tables have no style (some 20 KB, never run).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// What earlier builds left: an ES module bundle and its chunks.
rmSync(new URL('../dist/chunks/', import.meta.url), { recursive: true, force: true });
rmSync(new URL('../dist/rocks.mjs', import.meta.url), { force: true });
rmSync(new URL('../dist/rocks.cjs.cache', import.meta.url), { force: true });

// Two things the bundled libraries load at start-up that rocks never uses:
// chalk's terminal detection (node:tty, node:os; rocks decides colour itself in
// src/cli/io.ts and only builds `new Chalk({ level })`), and commander's
// node:child_process (with net and dgram behind it) for executable
// subcommands, which rocks does not have. child_process is still there if
// commander ever asks for it.
const unusedAtStartUp = {
  name: 'unused-at-start-up',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'rocks-stub' }));
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child-process', namespace: 'rocks-stub' } : undefined,
    );
    b.onLoad({ filter: /^supports-color$/, namespace: 'rocks-stub' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
    b.onLoad({ filter: /^child-process$/, namespace: 'rocks-stub' }, () => ({
      contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
      loader: 'js',
    }));
  },
};

// The HTML report and its chart libraries (d3) are a bundle of their own,
// dist/rocks-html.cjs, that the CLI requires only for `--format html`: inside
// dist/rocks.cjs they made what every start-up reads half as long again.
const htmlApart = {
  name: 'html-report-apart',
  setup(b) {
    b.onResolve({ filter: /[\\/]format[\\/]html[\\/]index\.js$/ }, () => ({ path: './rocks-html.cjs', external: true }));
  },
};
await build({
  entryPoints: [`${root}src/format/html/index.ts`],
  outfile: `${root}dist/rocks-html.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});

const outfile = `${root}dist/rocks.cjs`;
await build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['yaml', 'zod', '@inquirer/prompts', 'csv-parse', '@colors/colors'],
  // bin/rocks.js runs the bundle in a plain script context, where import() is not available: require instead.
  supported: { 'dynamic-import': false },
  define: { ROCKS_VERSION: JSON.stringify(version), 'import.meta.url': '__rocksBundleUrl' },
  // "use strict" first: after another statement it would be a plain string, and the bundle would run sloppy.
  banner: { js: "'use strict';\nconst __rocksBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  plugins: [unusedAtStartUp, htmlApart],
  logLevel: 'warning',
});

// A bundle that fails a check is removed, so that nothing runs it (the action and the pre-commit hook build only when it is missing).
const refuse = (message) => {
  rmSync(outfile, { force: true });
  throw new Error(`bundle: ${message}`);
};
const code = readFileSync(outfile, 'utf8');
if (/\bimport\(/.test(code)) refuse('dist/rocks.cjs still holds an import(), which a script context cannot run');
// bin/rocks.js reads the bundle as Latin-1, several times faster than decoding UTF-8: it must be ASCII.
const nonAscii = /[^\x00-\x7f]/.exec(code);
if (nonAscii) {
  const line = code.slice(0, nonAscii.index).split('\n').length;
  refuse(`dist/rocks.cjs:${line} has a non-ASCII character (${JSON.stringify(nonAscii[0])}); write it as a \\u escape in the source`);
}
if (!code.startsWith("'use strict';")) refuse('dist/rocks.cjs does not start with "use strict"');

// The code cache: V8's compiled form of the bundle after a typical run (an
// audit of the bundled example), so it holds the functions that run uses.
// bin/rocks.js writes it (with a header naming the Node, the bundle and the
// payload) and ignores a cache whose header does not match.
// Without NODE_OPTIONS: a V8 flag in it would make a cache that a plain `node` refuses.
const { NODE_OPTIONS: _ignored, ...env } = process.env;
try {
  execFileSync(process.execPath, [`${root}bin/rocks.js`, 'audit', `${root}examples/startup.yaml`], {
    env: { ...env, ROCKS_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} catch (error) {
  refuse(`the run that makes the code cache failed: ${error.message}`);
}
