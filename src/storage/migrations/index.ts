import type { Migration, MigrationProvider } from 'kysely';
import * as botState from './2026_11_23_1930_bot_state';
import * as processTables from './2026_11_23_2000_process_tables';
import * as reminderRuns from './2026_11_23_2110_reminder_runs';
import * as levelsAndRoles from './2026_11_23_2120_levels_and_roles';
import * as outboxSendingAttempt from './2026_11_23_2100_outbox_sending_attempt';
import * as auditLog from './2026_11_23_2130_audit_log';
import * as draftsOneOpenWithoutCase from './2026_11_23_2330_drafts_one_open_without_case';
import * as caseClosing from './2026_11_23_2140_case_closing';
import * as caseTeam from './2026_12_03_1200_case_team';
import * as outboxSentIndex from './2026_12_03_1300_outbox_sent_index';
import * as retention from './2026_12_03_1400_retention';

/** Timestamped migrations, listed explicitly so they work from ts sources and from dist alike. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '2026_11_23_1930_bot_state': botState,
  '2026_11_23_2000_process_tables': processTables,
  '2026_11_23_2110_reminder_runs': reminderRuns,
  '2026_11_23_2120_levels_and_roles': levelsAndRoles,
  '2026_11_23_2100_outbox_sending_attempt': outboxSendingAttempt,
  '2026_11_23_2130_audit_log': auditLog,
  '2026_11_23_2330_drafts_one_open_without_case': draftsOneOpenWithoutCase,
  '2026_11_23_2140_case_closing': caseClosing,
  '2026_12_03_1200_case_team': caseTeam,
  '2026_12_03_1300_outbox_sent_index': outboxSentIndex,
  '2026_12_03_1400_retention': retention,
});

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
