#!/usr/bin/env node
'use strict';
// Runs the CLI bundle (dist/rocks.cjs) with the V8 code cache `npm run build`
// made for it (dist/rocks.cjs.cache), so start-up skips most compilation.
// CommonJS (bin/package.json), because the ES module loader alone costs a
// start-up several milliseconds.
//
// V8 checks little of a cache by itself (its version and flags, and the
// source's length): a corrupt cache can crash the process, and one made for
// another bundle of the same length runs that bundle's code. So the cache
// carries a header of our own, and a cache whose header does not match this
// Node, this bundle and its own bytes is ignored: the bundle then compiles as
// usual, some 25 ms slower.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'rocks.cjs');
const cacheFile = `${bundle}.cache`;
// Set by scripts/bundle.mjs only: compile without a cache, run, then save V8's compiled code.
const writeCache = process.env.ROCKS_WRITE_CODE_CACHE === '1';

/** "RKC1", then hashes of the runtime, of the bundle and of the payload. */
const HEADER_BYTES = 16;
const MAGIC = 'RKC1';

/** FNV-1a over 32-bit words, then the last bytes: about 0.3 ms a megabyte, cheap enough for every start. */
function hash32(input) {
  // Words must start at a multiple of four: copy the rare buffer that does not.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  let h = 0x811c9dc5 ^ bytes.length;
  const words = bytes.length >>> 2;
  const view = new Int32Array(bytes.buffer, bytes.byteOffset, words);
  for (let i = 0; i < words; i++) h = Math.imul(h ^ view[i], 0x01000193);
  for (let i = words * 4; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h;
}

const source = readFileSync(bundle);
const runtime = hash32(Buffer.from(`${process.version} ${process.arch} ${process.versions.v8}`, 'latin1'));

/** The cache's payload if its header matches this Node, this bundle and the payload itself. */
function cacheFor(code) {
  let file;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined; // no cache (a build without one): compile as usual
  }
  if (file.length <= HEADER_BYTES || file.toString('latin1', 0, 4) !== MAGIC) return undefined;
  if (file.readInt32LE(4) !== runtime || file.readInt32LE(8) !== hash32(code)) return undefined;
  const payload = file.subarray(HEADER_BYTES);
  return file.readInt32LE(12) === hash32(payload) ? payload : undefined;
}

const cachedData = writeCache ? undefined : cacheFor(source);
// The build checks that the bundle is ASCII, so Latin-1 reads it exactly, without UTF-8 decoding.
const script = new Script(wrap(source.toString('latin1')), { filename: bundle, cachedData });
if (writeCache) {
  process.once('exit', () => {
    const payload = script.createCachedData();
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, 'latin1');
    header.writeInt32LE(runtime, 4);
    header.writeInt32LE(hash32(source), 8);
    header.writeInt32LE(hash32(payload), 12);
    writeFileSync(cacheFile, Buffer.concat([header, payload]));
  });
}
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, dist);
