#!/usr/bin/env node
'use strict';
// Runs the CLI bundle (dist/rocks.cjs) with the V8 code cache `npm run build`
// made for it (dist/rocks.cjs.cache), so start-up skips most compilation. V8
// refuses a cache made by another Node version or for another bundle, and the
// bundle is then compiled as usual. CommonJS (bin/package.json), because the
// ES module loader alone costs a start-up several milliseconds.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'rocks.cjs');
const cacheFile = `${bundle}.cache`;
// Set by scripts/bundle.mjs only: compile without a cache, run, then save V8's compiled code.
const writeCache = process.env.ROCKS_WRITE_CODE_CACHE === '1';

let cachedData;
if (!writeCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache (a build without one): compile as usual.
  }
}
// The build checks that the bundle is ASCII, so Latin-1 reads it exactly, without UTF-8 decoding.
const script = new Script(wrap(readFileSync(bundle, 'latin1')), { filename: bundle, cachedData });
if (writeCache) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, dist);
