// Fills a fresh SQLite database with N fictitious cases through the product's own repositories.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/src');
const load = (p) => require(path.join(dist, p));

export const TENANT = 'bench-tenant';
export const CASEWORKER_UPN = 'handlaggare.bench@example.se';

/** Case `i` as registration data: half socialt boende med stöd, half boendestöd, dates over ~13 months. */
export function registration(i, addCalendarDays) {
  const start = addCalendarDays('2025-10-01', i % 400);
  const reference = `BST-2026-${String(i).padStart(5, '0')}`;
  if (i % 2 === 0) {
    return {
      caseReference: reference,
      unit: 'Testenheten Bänk',
      service: 'socialt_boende_med_stod',
      housingForm: 'lagenhetsboende',
      levelModel: 'lagenhetsboende_2025',
      currentLevel: ['lag', 'medel', 'hog'][i % 3],
      levelStartDate: start,
      movedInDate: start,
      caseworkerUpn: CASEWORKER_UPN,
      paysRent: i % 4 === 0,
      ...(i % 4 === 0 ? { rentFromDate: addCalendarDays(start, 30) } : {}),
      protectedIdentity: false,
    };
  }
  return {
    caseReference: reference,
    unit: 'Testenheten Bänk',
    service: 'boendestod',
    housingForm: 'eget_boende',
    assignmentDate: start,
    caseworkerUpn: CASEWORKER_UPN,
    paysRent: false,
    protectedIdentity: false,
  };
}

/**
 * `benchUsers` get exactly one socialt-boende case each (so "uppföljning" opens it directly);
 * the rest belong to 400 other fictitious staff members.
 */
export async function seed({ file, count, benchUsers, today, at }) {
  const { openDatabase, migrateToLatest } = load('storage/database.js');
  const { insertCase } = load('storage/cases.repository.js');
  const { caseRegistrationSchema } = load('domain/cases.js');
  const { addCalendarDays } = load('domain/calendar/index.js');
  const handle = openDatabase({ kind: 'sqlite', path: file });
  await migrateToLatest(handle.db);
  const started = performance.now();
  await handle.db.transaction().execute(async (tx) => {
    for (let i = 0; i < count; i++) {
      const owner = i < benchUsers.length ? benchUsers[i] : `bench-staff-${i % 400}`;
      const reg = caseRegistrationSchema.parse(i < benchUsers.length ? { ...registration(0, addCalendarDays), caseReference: `BST-2026-B${i}` } : registration(i, addCalendarDays));
      await insertCase(tx, TENANT, owner, reg, at);
    }
    // Today's reminder pass counts as done, so the scheduler does not start one mid-measurement.
    await tx.insertInto('reminder_runs').values({ run_date: today, finished_at: at.toISOString(), reminders: 0 }).execute();
  });
  const ms = performance.now() - started;
  await handle.close();
  return { ms };
}
