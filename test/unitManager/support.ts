import { TestAdapter, type Activity } from 'botbuilder';
import { createAuditor } from '../../src/audit';
import type { Clock } from '../../src/domain/clock';
import { createExportLinks, type ExportLinks } from '../../src/export/links';
import { createQa, type Qa } from '../../src/qa';
import type { DatabaseHandle } from '../../src/storage/database';
import { createApp } from '../../src/teams/app';
import { DatabaseStorage } from '../../src/teams/stateStorage';
import { createTurnHandler } from '../../src/teams/turnHandler';
import { executeActivity, fields, invokeResult, pressable, STAFF, type Card } from '../support/conversation';
import { localConfig, memoryLogger } from '../support/testDeps';
import { ADMIN } from './fixture';

let sharedQa: Qa | undefined;

export const LINK_BASE = 'http://127.0.0.1:39999';

export type Person = { readonly id: string; readonly name: string; readonly aadObjectId: string };

export interface UnitManagerHarness {
  readonly links: ExportLinks;
  say(text: string, from?: Person): Promise<{ cards: Card[]; texts: string[] }>;
  press(card: Card, title: string, values?: Record<string, string>, from?: Person): Promise<{ card?: Card; message?: string; status: number }>;
  invoke(verb: string, data: Record<string, unknown>, from?: Person): Promise<{ card?: Card; message?: string; status: number }>;
}

/** The real Application (as conversationHarness builds it) with ADMIN_UPNS set and a link base known. */
export function unitManagerHarness(database: DatabaseHandle, clock: Clock, env: Record<string, string> = {}, linkBase: string | null = LINK_BASE): UnitManagerHarness {
  const { logger } = memoryLogger();
  const config = localConfig({ ADMIN_UPNS: ADMIN.upn, ...env });
  const links = createExportLinks(config);
  if (linkBase) links.useServerUrl(linkBase);
  const app = createApp({ config, logger, clock, db: database.db, storage: new DatabaseStorage(database.db, clock), qa: (sharedQa ??= createQa()), exportLinks: links });
  const adapter = new TestAdapter(createTurnHandler(app, logger, { config, auditor: createAuditor(database.db, clock, logger) }));
  const send = async (activity: Partial<Activity>) => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return {
    links,
    async say(text, from = STAFF) {
      const replies = await send({ type: 'message', text, from });
      return {
        cards: replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Card)),
        texts: replies.flatMap((r) => (typeof r.text === 'string' && r.text ? [r.text] : [])),
      };
    },
    async press(card, title, values = {}, from = STAFF) {
      const { verb, data } = pressable(card, title);
      return invokeResult(await send(executeActivity(verb, { ...data, ...fields(values) }, from)));
    },
    async invoke(verb, data, from = STAFF) {
      return invokeResult(await send(executeActivity(verb, data, from)));
    },
  };
}

/** Every element of the card body of a type, however deeply nested. */
export function elementsOfType(card: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === type) found.push(n);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return found;
}

export function factsOf(card: unknown): Record<string, string> {
  return Object.fromEntries(elementsOfType(card, 'FactSet').flatMap((f) => (f.facts as Array<{ title: string; value: string }>).map((x) => [x.title, x.value])));
}
