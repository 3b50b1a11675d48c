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
  plugins: [lazySlowParts],
  logLevel: 'warning',
});
