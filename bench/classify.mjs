#!/usr/bin/env node
// Classification benchmark: accuracy per discipline, confusion matrix,
// unclassified rate, misclassified lines and throughput.
//
//   npm run bench:classify                      # ../shared/corpus/tasks.dev.tsv + bench/holdout*.tsv
//   node bench/classify.mjs path/to/tasks.tsv   # any discipline<TAB>text file(s)
//   node bench/classify.mjs --quiet             # no per-line listing
//
// The TypeScript source is bundled on the fly with esbuild (a devDependency)
// into a temporary file, so this runs from a clean clone after `npm ci`.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const dev = resolve(root, '..', 'shared', 'corpus', 'tasks.dev.tsv');
  if (existsSync(dev)) files.push(dev);
  else console.error(`note: ${dev} not found; pass a corpus path`);
  for (const name of readdirSync(join(root, 'bench')).sort()) {
    if (/^holdout.*\.tsv$/.test(name)) files.push(join(root, 'bench', name));
  }
}

// Bundle the classifier.
const dir = mkdtempSync(join(tmpdir(), 'rocks-bench-'));
const outfile = join(dir, 'classify.mjs');
await build({
  entryPoints: [join(root, 'src', 'classify', 'classifier.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const { createClassifier } = await import(pathToFileURL(outfile).href);
const { BUILTIN_DISCIPLINE_IDS } = await import(
  pathToFileURL(await bundleOne(join(root, 'src', 'model', 'taxonomy.ts'), 'taxonomy.mjs')).href
);
rmSync(dir, { recursive: true, force: true });

async function bundleOne(entry, name) {
  const out = join(dir, name);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: out, logLevel: 'warning' });
  return out;
}

const classifier = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS });
const ids = [...BUILTIN_DISCIPLINE_IDS];
const short = (id) => (id ?? 'none').split('-').map((w) => w.slice(0, 4)).join('-');

function load(file) {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const tab = l.indexOf('\t');
      return { label: l.slice(0, tab), text: l.slice(tab + 1) };
    })
    .filter((r) => r.label !== '' && r.text !== '');
}

function evaluate(file) {
  const rows = load(file);
  const confusion = new Map(); // label -> predicted -> count
  const wrong = [];
  let correct = 0;
  let unclassified = 0;
  for (const row of rows) {
    const result = classifier.classify({ text: row.text });
    const predicted = result.discipline;
    if (predicted === null) unclassified++;
    if (predicted === row.label) correct++;
    else wrong.push({ ...row, predicted, result });
    const line = confusion.get(row.label) ?? new Map();
    line.set(predicted ?? 'none', (line.get(predicted ?? 'none') ?? 0) + 1);
    confusion.set(row.label, line);
  }
  const pct = (a, b) => (b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5) + '%');
  console.log(`\n== ${file}`);
  console.log(`accuracy     ${pct(correct, rows.length)}  (${correct}/${rows.length})`);
  console.log(`unclassified ${pct(unclassified, rows.length)}  (${unclassified})`);
  console.log('\nper discipline:');
  for (const id of ids) {
    const line = confusion.get(id);
    if (!line) continue;
    const total = [...line.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${id.padEnd(26)} ${pct(line.get(id) ?? 0, total)}  (${line.get(id) ?? 0}/${total})`);
  }
  console.log('\nconfusion (rows = label, columns = predicted):');
  const cols = [...ids, 'none'];
  console.log('  ' + ''.padEnd(12) + cols.map((c) => short(c).slice(0, 9).padStart(10)).join(''));
  for (const id of ids) {
    const line = confusion.get(id);
    if (!line) continue;
    console.log('  ' + short(id).slice(0, 12).padEnd(12) + cols.map((c) => String(line.get(c) ?? '.').padStart(10)).join(''));
  }
  if (!quiet && wrong.length > 0) {
    console.log('\nmisclassified:');
    for (const w of wrong) {
      const hits = w.result.hits.map((h) => `${h.rule}${h.weight < 0 ? '' : '+'}${h.weight}("${h.matched}")`).join(' ');
      console.log(`  [${w.label} -> ${w.predicted ?? 'none'} ${w.result.confidence}] ${w.text}\n      ${hits}`);
    }
  }
  return { rows, accuracy: correct / rows.length };
}

const results = files.map(evaluate);

// Throughput: the first corpus (the dev set by default, as the targets are stated on it),
// repeated, several timed passes; report the median.
const texts = results[0].rows.map((row) => row.text);
const REPEAT = Math.max(1, Math.ceil(200_000 / texts.length));
const passes = [];
const cpuPasses = [];
for (let i = 0; i < 20; i++) for (const t of texts) classifier.classify({ text: t }); // warm-up
for (let pass = 0; pass < 7; pass++) {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let sink = 0;
  for (let r = 0; r < REPEAT; r++) {
    for (const t of texts) sink += classifier.classify({ text: t }).confidence;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  passes.push((REPEAT * texts.length) / seconds);
  cpuPasses.push((REPEAT * texts.length) / ((cpu.user + cpu.system) / 1e6));
  if (sink < 0) console.log(sink);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => Math.round(x).toLocaleString('en');
console.log(
  `\nthroughput   ${fmt(median(passes))} tasks/s wall clock, ${fmt(median(cpuPasses))} tasks per CPU-second ` +
    `(medians of ${passes.length} passes of ${(REPEAT * texts.length).toLocaleString('en')} tasks; best wall ${fmt(Math.max(...passes))})`,
);
console.log('summary      ' + results.map((r, i) => `${files[i].split('/').pop()}: ${(100 * r.accuracy).toFixed(1)}%`).join(', '));
