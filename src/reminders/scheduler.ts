import { DateTime } from 'luxon';
import type { Logger } from 'pino';
import { isWorkingDay, STOCKHOLM_ZONE } from '../domain/calendar';
import type { IsoDate } from '../domain/case';
import type { Clock } from '../domain/clock';
import { remindersFor } from '../domain/reminders';
import { currentTeamUserIds } from '../domain/caseTeam';
import { listAllCasesPage } from '../storage/cases.repository';
import { listTeamsOfCases } from '../storage/caseTeam.repository';
import type { Db } from '../storage/database';
import { enqueue } from '../storage/outbox.repository';

export interface ReminderSchedulerDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Local time in Europe/Stockholm, `HH:MM`. */
  readonly timeOfDay: string;
  readonly onQueued?: () => void;
}

export interface ReminderPassResult {
  readonly cases: number;
  readonly reminders: number;
}

const PAGE = 1000;

/**
 * Enqueues today's reminders. Every reminder has a key made of case, rule, due date and day,
 * so running the pass twice (a restart, a second instance) never sends one twice.
 */
export async function runReminderPass(db: Db, today: IsoDate, now: Date): Promise<ReminderPassResult> {
  let cases = 0;
  let reminders = 0;
  let after = '';
  for (;;) {
    const page = await listAllCasesPage(db, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    cases += page.length;
    const planned = page.flatMap((c) => remindersFor(c, today).map((r) => ({ r, c })));
    if (planned.length === 0) continue;
    // The staff's reminders go to the whole current team: contact staff and today's substitutes.
    const teams = await listTeamsOfCases(db, [...new Set(planned.map((p) => p.c.id))]);
    await db.transaction().execute(async (tx) => {
      for (const { r, c } of planned) {
        const recipients: Array<{ userId?: string; upn?: string }> =
          r.responsible === 'caseworker' ? [{ upn: c.caseworkerUpn }] : r.responsible === 'staff' ? currentTeamUserIds(teams.get(c.id) ?? [], today).map((userId) => ({ userId })) : [];
        for (const to of recipients) {
          await enqueue(
            tx,
            {
              idempotencyKey: `${r.idempotencyKey}:${to.userId ?? to.upn}`,
              tenantId: c.tenantId,
              recipientUserId: to.userId ?? null,
              recipientUpn: to.upn ?? null,
              kind: 'reminder',
              payload: { text: r.textSv },
            },
            now,
          );
          reminders++;
        }
      }
    });
  }
  return { cases, reminders };
}

export function stockholmNow(clock: Clock): { date: IsoDate; time: string } {
  const local = DateTime.fromJSDate(clock.now(), { zone: STOCKHOLM_ZONE });
  return { date: local.toISODate()!, time: local.toFormat('HH:mm') };
}

/** Checks every minute; runs once per working day at or after the configured time. */
export function startReminderScheduler(deps: ReminderSchedulerDeps, intervalMs = 60_000): { tick(): Promise<ReminderPassResult | null>; stop(): void } {
  let running: Promise<ReminderPassResult | null> | undefined;
  const tick = async (): Promise<ReminderPassResult | null> => {
    const { date, time } = stockholmNow(deps.clock);
    if (!isWorkingDay(date) || time < deps.timeOfDay) return null;
    const done = await deps.db.selectFrom('reminder_runs').select('run_date').where('run_date', '=', date).executeTakeFirst();
    if (done) return null;
    const result = await runReminderPass(deps.db, date, deps.clock.now());
    await deps.db
      .insertInto('reminder_runs')
      .values({ run_date: date, finished_at: deps.clock.now().toISOString(), reminders: result.reminders })
      .onConflict((oc) => oc.column('run_date').doNothing())
      .execute();
    deps.logger.info({ runDate: date, ...result }, 'reminder pass');
    if (result.reminders > 0) deps.onQueued?.();
    return result;
  };
  const timer = setInterval(() => {
    running ??= tick()
      .catch((err: unknown) => {
        deps.logger.error({ err: { type: (err as Error)?.name, stack: (err as Error)?.stack } }, 'reminder pass failed');
        return null;
      })
      .finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
