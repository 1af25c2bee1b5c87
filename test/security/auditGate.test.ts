import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function advisory(id: string, severity: string) {
  return { source: 1, name: 'examplepkg', dependency: 'examplepkg', title: 'Example advisory', url: `https://github.com/advisories/${id}`, severity, range: '<2.0.0' };
}

const ACCEPTED = [
  { id: 'GHSA-acce-pted-0001', reason: 'test', until: '2999-12-31' },
  { id: 'GHSA-expi-red0-0001', reason: 'test', until: '2000-01-01' },
];

function gate(report: object): { status: number | null; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-'));
  fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report));
  fs.writeFileSync(path.join(dir, 'accepted.json'), JSON.stringify(ACCEPTED));
  const env = { PATH: process.env.PATH ?? '', AUDIT_REPORT: path.join(dir, 'report.json'), AUDIT_ACCEPTED: path.join(dir, 'accepted.json') };
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/audit-check.mjs')], { env, encoding: 'utf8' });
  return { status: run.status, out: run.stdout };
}

const report = (via: object[]) => ({ vulnerabilities: { examplepkg: { name: 'examplepkg', severity: 'high', via, effects: [] } }, metadata: { vulnerabilities: {} } });

describe('CI: npm audit gate for production dependencies', () => {
  it.each([
    ['a high advisory', [advisory('GHSA-xxxx-high-0001', 'high')], 1],
    ['a critical advisory', [advisory('GHSA-xxxx-crit-0001', 'critical')], 1],
    ['only moderate and low advisories', [advisory('GHSA-xxxx-mod0-0001', 'moderate'), advisory('GHSA-xxxx-low0-0001', 'low')], 0],
    ['an accepted critical advisory', [advisory('GHSA-acce-pted-0001', 'critical')], 0],
    ['a critical advisory whose acceptance has expired', [advisory('GHSA-expi-red0-0001', 'critical')], 1],
  ])('%s → exit %i', (_label, via, status) => {
    expect(gate(report(via)).status).toBe(status);
  });

  it('runs in .ci/run before the tests', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    expect(ci.indexOf('node scripts/audit-check.mjs')).toBeGreaterThan(-1);
    expect(ci.indexOf('node scripts/audit-check.mjs')).toBeLessThan(ci.indexOf('\nnpm test'));
  });

  it('every accepted advisory says why and until when', () => {
    const accepted = JSON.parse(fs.readFileSync(path.join(ROOT, '.ci/audit-accepted.json'), 'utf8')) as Array<{ id: string; reason: string; until: string }>;
    for (const a of accepted) {
      expect(a.id).toMatch(/^GHSA-[\w]{4}-[\w]{4}-[\w]{4}$/);
      expect(a.reason.length).toBeGreaterThan(40);
      expect(a.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
