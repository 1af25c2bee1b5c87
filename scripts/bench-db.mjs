#!/usr/bin/env node
// Storage-heavy turn paths on SQLite and on PostgreSQL, through the product's own code (src/,
// loaded with tsx so the figures are for the current source, not a stale dist/):
//   state     – bot state read + write with eTag (DatabaseStorage), as every turn does;
//   dialogue  – one dialogue step: DialogueService.act('next') on a seeded draft (load, validate, save);
//   outbox    – claimDue (batches of 50, with lease) + markSent, for 1,000 rows.
// Each dialect gets a fresh database with BENCH_CASES (10,000) fictitious cases first.
// PostgreSQL: BENCH_DATABASE_URL (an empty database you own), else a throwaway local server
// (test/support/postgres.ts, with fsync off – optimistic next to a real, durable server).
// One client, one operation at a time: latency per operation, not server throughput.
// Usage: node scripts/bench-db.mjs [--json]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';
import { registration } from './bench/seed.mjs';

register();
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = (p) => require(path.join(root, p));

const { openDatabase, migrateToLatest } = src('src/storage/database.ts');
const { insertCase } = src('src/storage/cases.repository.ts');
const { caseRegistrationSchema } = src('src/domain/cases.ts');
const { addCalendarDays } = src('src/domain/calendar/index.ts');
const { enqueue, claimDue, markSent } = src('src/storage/outbox.repository.ts');
const { DatabaseStorage } = src('src/teams/stateStorage.ts');
const { DialogueService } = src('src/dialogues/service.ts');
const { dialogueRegistry } = src('src/dialogues/registry.ts');

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const STATE_OPS = Number(process.env.BENCH_STATE_OPS ?? 2_000);
const DIALOGUE_OPS = Number(process.env.BENCH_DIALOGUE_OPS ?? 1_000);
const OUTBOX_ROWS = 1_000;
const TENANT = 'bench-tenant';
const AT = new Date('2026-11-23T09:00:00.000Z');
const clock = { now: () => new Date(AT.getTime()) };
const log = (line) => process.stderr.write(`${line}\n`);

function summary(name, samples, totalMs, unit = 'op') {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { name, unit, n: samples.length, opsPerSec: Math.round((samples.length / totalMs) * 1000), p50Ms: round(at(0.5)), p99Ms: round(at(0.99)) };
}
const round = (ms) => Math.round(ms * 1000) / 1000;

async function timed(n, fn) {
  const samples = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return { samples, totalMs: performance.now() - started };
}

async function seedCases(db) {
  const started = performance.now();
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < CASES; i++) {
      await insertCase(tx, TENANT, `bench-staff-${i % 400}`, caseRegistrationSchema.parse(registration(i, addCalendarDays)), AT);
    }
  });
  return performance.now() - started;
}

async function benchState(db) {
  const storage = new DatabaseStorage(db, clock);
  const keys = Array.from({ length: 100 }, (_, i) => `msteams/conversations/bench-${i}/`);
  for (const key of keys) await storage.write({ [key]: { turn: 0, dialogue: { id: 'uppfoljning', step: 2 } } });
  const { samples, totalMs } = await timed(STATE_OPS, async (i) => {
    const key = keys[i % keys.length];
    const items = await storage.read([key]);
    const item = items[key];
    item.turn += 1;
    await storage.write({ [key]: item });
  });
  return summary('state read+write', samples, totalMs);
}

async function benchDialogue(db) {
  const service = new DialogueService({ db, clock, dialogues: dialogueRegistry() });
  const actors = Array.from({ length: DIALOGUE_OPS }, (_, i) => ({ userId: `bench-dialogue-${i}`, tenantId: TENANT, upn: null }));
  const drafts = [];
  for (const actor of actors) {
    const view = await service.start(actor, 'arende');
    drafts.push({ id: view.draft.id, version: view.draft.version });
  }
  const { samples, totalMs } = await timed(DIALOGUE_OPS, async (i) => {
    const values = { caseReference: `BST-2026-D${i}`, unit: 'Testenheten Bänk', service: 'socialt_boende_med_stod', housingForm: 'lagenhetsboende' };
    const view = await service.act(actors[i], { verb: 'next', draftId: drafts[i].id, version: drafts[i].version, values });
    if (view.kind !== 'step' || view.draft.step !== 1 || view.errors.length > 0) throw new Error(`dialogue step did not advance: ${JSON.stringify(view).slice(0, 200)}`);
  });
  return summary('dialogue next', samples, totalMs);
}

async function benchOutbox(db) {
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < OUTBOX_ROWS; i++) {
      await enqueue(tx, { idempotencyKey: `bench-${i}`, tenantId: TENANT, recipientUpn: 'handlaggare.bench@example.se', kind: 'summary', payload: { text: `Bänk ${i}` } }, AT);
    }
  });
  const claims = [];
  const sends = [];
  const started = performance.now();
  let done = 0;
  while (done < OUTBOX_ROWS) {
    const t = performance.now();
    const rows = await claimDue(db, 'bench-instance', AT, 120_000, 50);
    claims.push(performance.now() - t);
    if (rows.length === 0) throw new Error(`outbox ran dry after ${done} rows`);
    for (const row of rows) {
      const s = performance.now();
      if (!(await markSent(db, row.id, 'bench-instance', `activity-${row.id}`, AT))) throw new Error('lost a lease');
      sends.push(performance.now() - s);
    }
    done += rows.length;
  }
  const totalMs = performance.now() - started;
  const perRow = summary('outbox claim+sent', sends, totalMs, 'row');
  const claim = summary('outbox claimDue(50)', claims, totalMs, 'batch of 50');
  // claimDue's own rate: batches per second of time spent claiming.
  return [perRow, { ...claim, opsPerSec: Math.round((claims.length / claims.reduce((a, b) => a + b, 0)) * 1000) }];
}

async function run(dialect, config) {
  const handle = openDatabase(config);
  try {
    await migrateToLatest(handle.db);
    const seedMs = await seedCases(handle.db);
    log(`${dialect}: seeded ${CASES} cases in ${Math.round(seedMs)} ms`);
    const results = [await benchState(handle.db), await benchDialogue(handle.db), ...(await benchOutbox(handle.db))];
    return { dialect, seedMs: Math.round(seedMs), results };
  } finally {
    await handle.close();
  }
}

async function postgresConfig() {
  if (process.env.BENCH_DATABASE_URL) return { config: { kind: 'postgres', url: process.env.BENCH_DATABASE_URL }, label: 'postgres (BENCH_DATABASE_URL)', stop: async () => undefined };
  const { postgresAvailability, startPostgres } = src('test/support/postgres.ts');
  const availability = postgresAvailability();
  if (!availability.available) throw new Error(`no PostgreSQL: ${availability.reason} (or set BENCH_DATABASE_URL)`);
  const server = await startPostgres(availability.binaries);
  return { config: { kind: 'postgres', url: await server.createDatabase('bench') }, label: 'postgres (local throwaway, fsync off)', stop: () => server.stop() };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodlotsen-bench-db-'));
  const runs = [];
  try {
    runs.push({ ...(await run('sqlite', { kind: 'sqlite', path: path.join(dir, 'bench.db') })), label: 'sqlite (WAL, synchronous=NORMAL)' });
    const pg = await postgresConfig();
    try {
      runs.push({ ...(await run('postgres', pg.config)), label: pg.label });
    } finally {
      await pg.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ cases: CASES, node: process.version, cpus: os.cpus().length, runs }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`| path | ${runs.map((r) => `${r.dialect} ops/s | p50 ms | p99 ms`).join(' | ')} |\n`);
  process.stdout.write(`|---|${runs.map(() => '---:|---:|---:').join('|')}|\n`);
  for (const [i, first] of runs[0].results.entries()) {
    const cells = runs.map((r) => `${r.results[i].opsPerSec} | ${r.results[i].p50Ms} | ${r.results[i].p99Ms}`);
    process.stdout.write(`| ${first.name} (per ${first.unit}) | ${cells.join(' | ')} |\n`);
  }
  for (const r of runs) process.stdout.write(`\n${r.dialect}: ${r.label}; ${CASES} cases seeded in ${r.seedMs} ms`);
  process.stdout.write(`\nNode ${process.version}, ${os.cpus().length} CPU(s), ${os.cpus()[0]?.model ?? ''}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
