#!/usr/bin/env node
// What parseSource gives for one org file, hashed, and what it costs: to check
// that a change to the reader keeps its output while comparing two builds.
//
//   node bench/parse.mjs FILE.yaml                      # this build (dist/input/parse.js)
//   node bench/parse.mjs FILE.yaml --module /work/base/dist/core/parse.js
//   node bench/parse.mjs FILE.yaml --no-hash            # time only
//
// Prints one line of JSON: the CPU time of parseSource (user + system, in ms;
// the machine may be shared, so wall time is noise), its wall time, and a
// SHA-256 of the data (as JSON), of the diagnostics and of the line and column
// that locate() gives for every node path in the data and every key of every
// mapping (plus a missing key and an index past each list's end). Needs a
// built dist/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--module');
const moduleFlag = args.indexOf('--module');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modulePath = moduleFlag >= 0 ? resolve(args[moduleFlag + 1]) : join(root, 'dist', 'input', 'parse.js');
if (!file) {
  process.stderr.write('usage: node bench/parse.mjs FILE.yaml [--module path/to/parse.js] [--no-hash]\n');
  process.exit(2);
}

const { parseSource } = await import(pathToFileURL(modulePath).href);
const text = readFileSync(file, 'utf8');

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const parsed = await parseSource(file, text);
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const result = { file, module: modulePath, cpuMs: Math.round((cpu.user + cpu.system) / 1000), wallMs: Math.round(wall) };

if (!args.includes('--no-hash')) {
  const sha = () => createHash('sha256');
  result.data = sha().update(JSON.stringify(parsed.data) ?? 'undefined').digest('hex');
  result.diagnostics = sha().update(JSON.stringify(parsed.diagnostics)).digest('hex');
  const positions = sha();
  let chunk = '';
  let asked = 0;
  const at = (path, key) => {
    const { line, col } = parsed.locator.locate(path, key);
    chunk += `${line}:${col};`;
    asked++;
    if (chunk.length > 1 << 16) {
      positions.update(chunk);
      chunk = '';
    }
  };
  const path = [];
  const walk = (node) => {
    at(path);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
      path.push(node.length);
      at(path);
      path.pop();
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        at(path, key);
        path.push(key);
        walk(node[key]);
        path.pop();
      }
      at(path, 'missing');
    }
  };
  walk(parsed.data);
  positions.update(chunk);
  result.located = asked;
  result.positions = positions.digest('hex');
}
process.stdout.write(`${JSON.stringify(result)}\n`);
