import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import { DialogueService } from '../dialogues/service';
import { dialogueRegistry } from '../dialogues/registry';
import type { AppDeps } from './deps';
import { registerAcknowledge } from './handlers/acknowledge';
import { registerCases } from './handlers/cases';
import { registerCaseTeam } from './handlers/caseTeam';
import { registerDeadLetters } from './handlers/deadLetters';
import { registerConversationRefs } from './handlers/conversationRefs';
import { registerLevelDecision } from './handlers/levelDecision';
import { registerQuestions } from './handlers/questions';
import { registerShowSummary } from './handlers/showSummary';
import { deferredQa, type AsyncQa } from './deferredQa';
import { registerDialogues } from './handlers/dialogues';
import { registerHelp } from './handlers/help';
import { registerWelcome } from './handlers/welcome';
import { registerUnitManager } from './handlers/unitManager';
import { registerRetentionPreview } from './handlers/retentionPreview';
import { createExportLinks, type ExportLinks } from '../export/links';
import type { AppTurnState } from './turnState';

/** The single place where every dialogue and verb is wired; order matters (fallback last). */
export interface CreateAppOptions extends AppDeps {
  readonly storage: Storage;
  readonly adapter?: TeamsAdapter;
  /** Wakes the outbox dispatcher right after a send commits. */
  readonly onQueued?: () => void;
  /** Built once per process (the search index); tests may share one. */
  readonly qa?: AsyncQa;
  /** Signs the unit manager's download links; bot.ts shares one with the /exports route. */
  readonly exportLinks?: ExportLinks;
}

export function createApp(deps: CreateAppOptions): Application<AppTurnState> {
  const app = new Application<AppTurnState>({
    storage: deps.storage,
    ...(deps.adapter ? { adapter: deps.adapter } : {}),
    turnStateFactory: () => new TurnState(),
    removeRecipientMention: true,
    startTypingTimer: false,
  });

  const dialogues = new DialogueService({ db: deps.db, clock: deps.clock, dialogues: dialogueRegistry(), ...(deps.onQueued ? { onQueued: deps.onQueued } : {}) });

  registerConversationRefs(app, deps, { onReachable: () => deps.onQueued?.() });
  registerWelcome(app, deps);
  registerHelp(app, deps);
  registerDialogues(app, { ...deps, dialogues });
  registerCases(app, deps);
  registerCaseTeam(app, deps);
  registerAcknowledge(app, deps);
  registerLevelDecision(app, deps);
  registerShowSummary(app, deps);
  registerDeadLetters(app, deps);
  registerUnitManager(app, { ...deps, exportLinks: deps.exportLinks ?? createExportLinks(deps.config) });
  registerRetentionPreview(app, deps);
  registerQuestions(app, deps.qa ?? deferredQa());
  return app;
}
