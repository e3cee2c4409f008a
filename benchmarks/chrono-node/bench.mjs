// Times chrono-node over a folder of .txt articles, for comparison with Sitrep's temporal tagger
// on the same texts (compare.sh runs both). Prints one JSON object.
// Usage: node bench.mjs DIR [REPEAT] [YYYY-MM-DD]
import * as chrono from 'chrono-node';
import fs from 'fs';
import path from 'path';

const dir = process.argv[2];
const repeat = Number(process.argv[3] ?? 50);
const [y, m, d] = (process.argv[4] ?? '2025-06-06').split('-').map(Number);
if (!dir) { console.error('usage: node bench.mjs DIR [REPEAT] [YYYY-MM-DD]'); process.exit(2); }
const texts = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
if (texts.length === 0) { console.error(`${dir}: no .txt files`); process.exit(1); }
const ref = new Date(Date.UTC(y, m - 1, d));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

// Warm up for a second so the JIT has optimised the parsers, as `sitrep bench` does.
const warmUntil = Date.now() + 1000;
while (Date.now() < warmUntil) for (const t of texts) chrono.parse(t, ref);

let expressions = 0;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < repeat; i++) for (const t of texts) expressions += chrono.parse(t, ref).length;
const cpu = process.cpuUsage(c0);
const docs = repeat * texts.length;
console.log(JSON.stringify({
  tool: `chrono-node ${JSON.parse(fs.readFileSync(new URL('./node_modules/chrono-node/package.json', import.meta.url))).version}`,
  documents: docs,
  words: words * repeat,
  cpu_us_per_doc: (cpu.user + cpu.system) / docs,
  wall_us_per_doc: Number(process.hrtime.bigint() - t0) / 1000 / docs,
  expressions_per_doc: expressions / docs,
}));
