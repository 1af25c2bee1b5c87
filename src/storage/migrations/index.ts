import type { Migration, MigrationProvider } from 'kysely';
import * as botState from './2026_11_23_1930_bot_state';
import * as processTables from './2026_11_23_2000_process_tables';
import * as reminderRuns from './2026_11_23_2110_reminder_runs';
import * as outboxSendingAttempt from './2026_11_23_2100_outbox_sending_attempt';

/** Timestamped migrations, listed explicitly so they work from ts sources and from dist alike. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '2026_11_23_1930_bot_state': botState,
  '2026_11_23_2000_process_tables': processTables,
  '2026_11_23_2110_reminder_runs': reminderRuns,
  '2026_11_23_2100_outbox_sending_attempt': outboxSendingAttempt,
});

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
