#!/usr/bin/env node
'use strict';
// Runs the CLI bundle (dist/rocks.cjs) with the V8 code cache `npm run build`
// made for it (dist/rocks.cjs.cache), so start-up skips most compilation.
// CommonJS (bin/package.json), because the ES module loader alone costs a
// start-up several milliseconds.
//
// V8 checks little of a cache by itself (its version and flags, and the
// source's length): a damaged cache can crash the process, and one made for
// another bundle of the same length runs that bundle's code. So the cache file
// holds a header, a copy of the bundle it was made for, then V8's payload, and
// is ignored unless it was made by this Node, for exactly this bundle, and its
// payload passes a sampled checksum (one word in eight: any damage spanning 32
// bytes or more). The bundle then compiles as usual, some 25 ms slower.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'rocks.cjs');
const cacheFile = `${bundle}.cache`;
// Set by scripts/bundle.mjs only: compile without a cache, run, then save V8's compiled code.
const writeCache = process.env.ROCKS_WRITE_CODE_CACHE === '1';

/** "RKC2", a hash of the runtime, the bundle's length, the payload's checksum; then the bundle, then the payload. */
const HEADER_BYTES = 16;
const MAGIC = 'RKC2';

/** FNV-1a over one 32-bit word in eight, and the length: cheap even before the JIT warms up (about 0.1 ms here). */
function sampledChecksum(input) {
  // Words must start at a multiple of four: copy the rare buffer that does not.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const words = bytes.length >>> 2;
  const view = new Int32Array(bytes.buffer, bytes.byteOffset, words);
  let h = 0x811c9dc5 ^ bytes.length;
  for (let i = 0; i < words; i += 8) h = Math.imul(h ^ view[i], 0x01000193);
  return h;
}

function runtimeHash() {
  let h = 0x811c9dc5;
  for (const c of `${process.version} ${process.arch} ${process.versions.v8}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h;
}

const source = readFileSync(bundle);

/** V8's payload, if the cache was made by this Node for exactly this bundle and its payload is whole. */
function cacheFor(code) {
  let file;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined; // no cache (a build without one): compile as usual
  }
  if (file.length <= HEADER_BYTES + code.length || file.toString('latin1', 0, 4) !== MAGIC) return undefined;
  if (file.readInt32LE(4) !== runtimeHash() || file.readInt32LE(8) !== code.length) return undefined;
  if (!code.equals(file.subarray(HEADER_BYTES, HEADER_BYTES + code.length))) return undefined;
  // The payload starts on a multiple of four (the bundle's length is padded), so the checksum reads it in place.
  const payload = file.subarray(HEADER_BYTES + align4(code.length));
  return file.readInt32LE(12) === sampledChecksum(payload) ? payload : undefined;
}

function align4(n) {
  return (n + 3) & ~3;
}

const cachedData = writeCache ? undefined : cacheFor(source);
// The build checks that the bundle is ASCII, so Latin-1 reads it exactly, without UTF-8 decoding.
const script = new Script(wrap(source.toString('latin1')), { filename: bundle, cachedData });
if (writeCache) {
  process.once('exit', () => {
    const payload = script.createCachedData();
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, 'latin1');
    header.writeInt32LE(runtimeHash(), 4);
    header.writeInt32LE(source.length, 8);
    header.writeInt32LE(sampledChecksum(payload), 12);
    const padding = Buffer.alloc(align4(source.length) - source.length);
    writeFileSync(cacheFile, Buffer.concat([header, source, padding, payload]));
  });
}
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, dist);
