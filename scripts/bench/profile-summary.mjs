#!/usr/bin/env node
// Where the time goes in a V8 .cpuprofile (from `BENCH_CPU_PROFILE=1 npm run bench`):
// self time by package (node_modules/<name>), by our own source file, and the top functions.
// Usage: node scripts/bench/profile-summary.mjs test-artifacts/bench-profiles/stodlotsen.cpuprofile [top] [callers-of-regex]
// With a regex, also shows which of our own functions (dist/src) the matching frames' time comes from.
import fs from 'node:fs';

const [file, topArg, callersOf] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (deltas[i] ?? 0));

function bucket(url) {
  if (!url) return '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = /\/(dist\/src\/.+|scripts\/.+)$/.exec(url);
  if (own) return own[1];
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

const packages = new Map();
const functions = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  const frame = node.callFrame;
  total += us;
  const special = ['(garbage collector)', '(idle)', '(program)'].includes(frame.functionName) ? frame.functionName : undefined;
  const key = special ?? bucket(frame.url);
  packages.set(key, (packages.get(key) ?? 0) + us);
  const fn = `${frame.functionName || '(anonymous)'} ${bucket(frame.url)}:${frame.lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + us);
}
const busy = total - (packages.get('(idle)') ?? 0);
const show = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
console.log(`${file}: ${(busy / 1000).toFixed(0)} ms busy of ${(total / 1000).toFixed(0)} ms sampled\n`);
console.log('Self time by package / file (share of busy time):');
console.log(show(packages));
console.log('\nTop functions (self time):');
console.log(show(functions));

if (callersOf) {
  // Total (self + below) time of frames whose "function package" matches, attributed to the nearest own frame above.
  const pattern = new RegExp(callersOf);
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const attributed = new Map();
  for (const [id, us] of selfUs) {
    let cursor = id;
    let matched = false;
    let owner;
    while (cursor !== undefined) {
      const frame = byId.get(cursor).callFrame;
      const label = `${frame.functionName || '(anonymous)'} ${bucket(frame.url)}`;
      if (!matched && pattern.test(label)) matched = true;
      if (matched && /^dist\/src\//.test(bucket(frame.url))) {
        owner = `${frame.functionName || '(anonymous)'} ${bucket(frame.url)}:${frame.lineNumber + 1}`;
        break;
      }
      cursor = parent.get(cursor);
    }
    if (matched) attributed.set(owner ?? '(no own frame above: framework)', (attributed.get(owner ?? '(no own frame above: framework)') ?? 0) + us);
  }
  console.log(`\nTime in frames matching /${callersOf}/ (and below), by the nearest own function above:`);
  console.log(show(attributed));
}
