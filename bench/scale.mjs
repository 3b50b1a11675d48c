#!/usr/bin/env node
// Start-up and scale benchmark for `rocks audit` (issue 6).
//
//   npm run bench                       # 3, 300, 30,000 and 300,000 members
//   node bench/scale.mjs --quick        # skip 300,000
//   node bench/scale.mjs --sizes 30000 --reps 5
//   node bench/scale.mjs --json         # figures as JSON on stdout
//   node bench/scale.mjs --bin path/to/rocks.js   # another build of the CLI
//   node bench/scale.mjs --import-rows 30000      # the import benchmark's size (default 300,000; --quick 30,000)
//
// Generates deterministic orgs (bench/gen-org.mjs) into bench/.out/ as one
// YAML file, as a folder of team files and as JSON, then measures, side by
// side in the same run, wall time (median of the repetitions) and peak memory
// (maximum resident set size of the child process):
//   - start-up: `rocks audit examples/startup.yaml` against `node -e 0`;
//   - scale: `rocks audit` on each size against `JSON.parse` of the same data
//     saved as JSON (the floor for reading structured input in Node).
//   - import: `rocks import jira` of a generated Jira CSV export (bench/gen-jira.mjs)
//     against `rocks audit` of the org file it writes, interleaved (target:
//     at most 2x); and importing the same export again into that file.
// Needs a built dist/ (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrg, writeOrgFile, writeOrgFolder, writeOrgJson } from './gen-org.mjs';
import { writeJiraCsv } from './gen-jira.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', '.out');
const args = process.argv.slice(2);
function flagValue(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const bin = resolve(flagValue('--bin') ?? join(root, 'bin', 'rocks.js'));
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const sizes = flag('--sizes', quick ? '3,300,30000' : '3,300,30000,300000').split(',').map(Number);
const repsFlag = flag('--reps', undefined);
const repsFor = (size) => Number(repsFlag ?? (size >= 300000 ? 3 : size >= 30000 ? 5 : 10));
const log = (line) => process.stderr.write(`${line}\n`);

if (!existsSync(bin) || !existsSync(join(dirname(bin), '..', 'dist', 'rocks.cjs'))) {
  log('bench: dist/rocks.cjs is missing; run `npm run build` first');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

/** Wall time in ms and peak RSS in MB of one run of `node ...argv`. */
function runOnce(argv) {
  const time = existsSync('/usr/bin/time');
  const cmd = time ? ['/usr/bin/time', '-f', '%M', process.execPath, ...argv] : [process.execPath, ...argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const stderr = String(r.stderr);
  const lines = stderr.trimEnd().split('\n');
  const kb = time ? Number(lines.at(-1)) : NaN;
  if (r.status !== 0 && !(r.status === 1 && argv.includes('check'))) {
    throw new Error(`node ${argv.join(' ')} exited ${r.status}:\n${lines.slice(-8).join('\n')}`);
  }
  return { ms, mb: kb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median wall time and median peak RSS over `reps` runs, interleaving the two commands so drift hits both. */
function compare(reps, a, b) {
  const ra = [];
  const rb = [];
  for (let i = 0; i < reps; i++) {
    ra.push(runOnce(a));
    rb.push(runOnce(b));
  }
  const pack = (rs) => ({ ms: median(rs.map((r) => r.ms)), mb: median(rs.map((r) => r.mb)), maxMb: Math.max(...rs.map((r) => r.mb)) });
  return [pack(ra), pack(rb)];
}

const results = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, startup: null, scale: [], import: null };

// ----------------------------------------------------------------- start-up
{
  const [rocks, floor] = compare(Number(repsFlag ?? 15), [bin, 'audit', join(root, 'examples', 'startup.yaml')], ['-e', '0']);
  results.startup = { rocks, floor, ratio: rocks.ms / floor.ms };
  log(`start-up: rocks audit examples/startup.yaml ${rocks.ms.toFixed(0)} ms, node -e 0 ${floor.ms.toFixed(0)} ms (${results.startup.ratio.toFixed(2)}x)`);
}

// -------------------------------------------------------------------- scale
const jsonParse = join(out, 'json-parse.mjs');
writeFileSync(jsonParse, "import { readFileSync } from 'node:fs';\nconst data = JSON.parse(readFileSync(process.argv[2], 'utf8'));\nif (!data.members) process.exit(1);\n");

for (const size of sizes) {
  const file = join(out, `org-${size}.yaml`);
  const folder = join(out, `org-${size}`);
  const json = join(out, `org-${size}.json`);
  if (!existsSync(file) || !existsSync(json) || !existsSync(join(folder, 'org.yaml'))) {
    log(`generating ${size} members...`);
    const org = generateOrg(size);
    writeOrgFile(org, file);
    writeOrgJson(org, json);
    writeOrgFolder(org, folder);
  }
  const reps = repsFor(size);
  const mb = statSync(file).size / 1048576;
  for (const [input, label] of [
    [file, 'file'],
    [folder, 'folder'],
  ]) {
    const [rocks, floor] = compare(reps, [bin, 'audit', input], [jsonParse, json]);
    const row = { size, input: label, yamlMb: mb, reps, rocks, floor, timeRatio: rocks.ms / floor.ms, memRatio: rocks.mb / floor.mb };
    results.scale.push(row);
    log(
      `${String(size).padStart(7)} members ${label.padEnd(6)} ${mb.toFixed(1).padStart(6)} MB: rocks ${fmtMs(rocks.ms)} ${rocks.mb.toFixed(0)} MB; JSON.parse ${fmtMs(floor.ms)} ${floor.mb.toFixed(0)} MB; ${row.timeRatio.toFixed(1)}x time`,
    );
  }
  if (size >= 30000) {
    const extraReps = size >= 300000 ? 1 : Math.min(reps, 3);
    for (const extra of [['--format', 'json'], ['--all']]) {
      const [rocks] = compare(extraReps, [bin, 'audit', file, ...extra], ['-e', '0']);
      results.scale.push({ size, input: `file ${extra.join(' ')}`, yamlMb: mb, reps: extraReps, rocks });
      log(`${String(size).padStart(7)} members file ${extra.join(' ')}: rocks ${fmtMs(rocks.ms)} ${rocks.mb.toFixed(0)} MB`);
    }
  }
}

// ------------------------------------------------------------------- import
{
  const rows = Number(flag('--import-rows', quick ? '30000' : '300000'));
  const csv = join(out, `jira-${rows}.csv`);
  const org = join(out, `jira-${rows}.yaml`);
  if (!existsSync(csv)) {
    log(`generating a ${rows}-row Jira export...`);
    writeJiraCsv(rows, csv);
  }
  // The org file the import writes, for the audit to read; the timed imports write to standard output.
  rmSync(org, { force: true });
  runOnce([bin, 'import', 'jira', csv, '-o', org]);
  const reps = Number(repsFlag ?? (rows >= 300000 ? 3 : 5));
  const [imported, audited] = compare(reps, [bin, 'import', 'jira', csv], [bin, 'audit', org]);
  // Once: the file is parsed whole by the yaml package to find where to edit it (slow on a file this size).
  const [again] = compare(1, [bin, 'import', 'jira', csv, '-o', org], ['-e', '0']);
  const csvMb = statSync(csv).size / 1048576;
  results.import = { rows, csvMb, reps, imported, audited, again, ratio: imported.ms / audited.ms };
  log(`import ${rows.toLocaleString('en')} rows (${csvMb.toFixed(1)} MB CSV): rocks import ${fmtMs(imported.ms)} ${imported.mb.toFixed(0)} MB; rocks audit of the written org ${fmtMs(audited.ms)} ${audited.mb.toFixed(0)} MB; ${results.import.ratio.toFixed(2)}x; again into the file ${fmtMs(again.ms)}`);
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

// ------------------------------------------------------------------ report
if (asJson) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const lines = [];
  lines.push(`Node ${results.machine.node}, ${results.machine.cpus} CPUs; medians; peak RSS`);
  lines.push('');
  const s = results.startup;
  lines.push('| start-up | wall | peak RSS |', '|---|---:|---:|');
  lines.push(`| \`node -e 0\` | ${fmtMs(s.floor.ms)} | ${s.floor.mb.toFixed(0)} MB |`);
  lines.push(`| \`rocks audit examples/startup.yaml\` | ${fmtMs(s.rocks.ms)} (${s.ratio.toFixed(2)}x) | ${s.rocks.mb.toFixed(0)} MB |`);
  lines.push('');
  lines.push('| members | input | YAML | rocks audit | peak RSS | JSON.parse | peak RSS | time ratio |', '|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results.scale) {
    const floor = r.floor ? `${fmtMs(r.floor.ms)} | ${r.floor.mb.toFixed(0)} MB | ${r.timeRatio.toFixed(1)}x` : '| |';
    lines.push(`| ${r.size.toLocaleString('en')} | ${r.input} | ${r.yamlMb.toFixed(1)} MB | ${fmtMs(r.rocks.ms)} | ${r.rocks.mb.toFixed(0)} MB | ${floor} |`);
  }
  lines.push('');
  const file = (size) => results.scale.find((r) => r.size === size && r.input === 'file');
  const checks = [];
  checks.push([`start-up <= 1.5x node -e 0`, s.ratio <= 1.5, `${s.ratio.toFixed(2)}x`]);
  if (file(30000)) checks.push(['30,000 members <= 2 s and <= 500 MB', file(30000).rocks.ms <= 2000 && file(30000).rocks.maxMb <= 500, `${fmtMs(file(30000).rocks.ms)}, ${file(30000).rocks.maxMb.toFixed(0)} MB`]);
  if (file(300000)) checks.push(['300,000 members <= 10 s and <= 2 GB', file(300000).rocks.ms <= 10000 && file(300000).rocks.maxMb <= 2048, `${fmtMs(file(300000).rocks.ms)}, ${file(300000).rocks.maxMb.toFixed(0)} MB`]);
  for (const [small, big] of [
    [300, 3000],
    [3000, 30000],
    [30000, 300000],
  ]) {
    if (file(small) && file(big)) {
      const k = file(big).rocks.ms / file(small).rocks.ms;
      checks.push([`10x members (${small.toLocaleString('en')} → ${big.toLocaleString('en')}) <= ~11x time`, k <= 11.5, `${k.toFixed(1)}x`]);
    }
  }
  const im = results.import;
  if (im) {
    lines.push('');
    lines.push('| import | CSV | wall | peak RSS |', '|---|---:|---:|---:|');
    lines.push(`| \`rocks import jira\` (${im.rows.toLocaleString('en')} rows) | ${im.csvMb.toFixed(1)} MB | ${fmtMs(im.imported.ms)} | ${im.imported.mb.toFixed(0)} MB |`);
    lines.push(`| \`rocks audit\` of the written org | | ${fmtMs(im.audited.ms)} | ${im.audited.mb.toFixed(0)} MB |`);
    lines.push(`| the same import again into that file | | ${fmtMs(im.again.ms)} | ${im.again.mb.toFixed(0)} MB |`);
    lines.push('');
    checks.push([`import of ${im.rows.toLocaleString('en')} rows <= 2x auditing the written org`, im.ratio <= 2, `${im.ratio.toFixed(2)}x`]);
  }
  lines.push('| target | result | |', '|---|---|---|');
  for (const [what, ok, value] of checks) lines.push(`| ${what} | ${value} | ${ok ? 'met' : 'MISSED'} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
