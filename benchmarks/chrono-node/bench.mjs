// Times chrono-node on one article, for comparison with Sitrep's TemporalTagger in the same run.
// Usage: npm install && node bench.mjs [ARTICLE] [YYYY-MM-DD]
import * as chrono from 'chrono-node';
import fs from 'fs';

const file = process.argv[2] ?? '../../../shared/eval/dev/seed-wagner-mali.txt';
const [y, m, d] = (process.argv[3] ?? '2025-06-06').split('-').map(Number);
const text = fs.readFileSync(file, 'utf8');
const ref = new Date(Date.UTC(y, m - 1, d));
for (let i = 0; i < 300; i++) chrono.parse(text, ref);
const n = 2000;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < n; i++) chrono.parse(text, ref);
const cpu = process.cpuUsage(c0);
const wall = Number(process.hrtime.bigint() - t0) / 1000 / n;
console.log(`chrono-node ${text.split(/\s+/).filter(Boolean).length} words: cpu ${((cpu.user + cpu.system) / n).toFixed(0)} us/doc, wall ${wall.toFixed(0)} us/doc, ${chrono.parse(text, ref).length} expressions`);
