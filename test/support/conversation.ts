import { TestAdapter, type Activity, type Storage } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { createApp } from '../../src/teams/app';
import { createTurnHandler } from '../../src/teams/turnHandler';
import { DatabaseStorage } from '../../src/teams/stateStorage';
import type { AppTurnState } from '../../src/teams/turnState';
import type { Clock } from '../../src/domain/clock';
import type { DatabaseHandle } from '../../src/storage/database';
import { localConfig, memoryLogger } from './testDeps';

export const STAFF = { id: 'aad-staff-0001', name: 'Testperson Personal', aadObjectId: '00000000-0000-4000-8000-000000000001' };

export interface ConversationHarness {
  readonly app: Application<AppTurnState>;
  readonly adapter: TestAdapter;
  readonly storage: Storage;
  readonly logLines: () => Record<string, unknown>[];
  /** Sends one activity through the real Application and returns what the bot replied. */
  send(activity: Partial<Activity> | string): Promise<Partial<Activity>[]>;
}

export function conversationHarness(database: DatabaseHandle, clock: Clock, storage: Storage = new DatabaseStorage(database.db, clock)): ConversationHarness {
  const { logger, lines } = memoryLogger();
  const app = createApp({ config: localConfig(), logger, clock, db: database.db, storage });
  const adapter = new TestAdapter(createTurnHandler(app, logger));
  return {
    app,
    adapter,
    storage,
    logLines: lines,
    async send(input) {
      const activity: Partial<Activity> =
        typeof input === 'string' ? { type: 'message', text: input, from: STAFF } : { from: STAFF, ...input };
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
  };
}

export function cardsOf(replies: Partial<Activity>[]): Record<string, unknown>[] {
  return replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Record<string, unknown>));
}

export function textOfCard(card: unknown): string {
  return JSON.stringify(card);
}
