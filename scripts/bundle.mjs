// Bundles the CLI into dist/ so start-up reads a few files instead of hundreds.
// Commands are dynamic imports, so esbuild splits them into chunks loaded on demand.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names carry content hashes: clear old ones so dist/ holds one build.
rmSync(new URL('../dist/chunks/', import.meta.url), { recursive: true, force: true });

// The yaml package and the zod schema are loaded by loadOrgLazily only when an
// input needs them (src/core/slow-path.ts): leave out the eager import that
// load.ts and parse.ts carry for the library and the tests.
const lazySlowParts = {
  name: 'lazy-slow-parts',
  setup(b) {
    b.onResolve({ filter: /\/slow-path-eager\.js$/ }, (args) =>
      /[\\/]core[\\/](load|parse)\.ts$/.test(args.importer) ? { path: 'slow-path-eager', namespace: 'rocks-empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'rocks-empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

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

await build({
  entryPoints: { rocks: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __rocksCreateRequire } from 'node:module'; const require = __rocksCreateRequire(import.meta.url);" },
  define: { ROCKS_VERSION: JSON.stringify(version) },
  legalComments: 'none',
  plugins: [lazySlowParts, unusedAtStartUp],
  logLevel: 'warning',
});
