import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { renderDialogueView } from '../dialogueView';
import { renderDraftListCard } from '../draftListCard';
import type { AdaptiveCardJson } from '../../cards/templates';
import { VERBS } from '../../cards/verbs';
import { matchCommand } from '../../commands';
import type { DialogueService, DialogueVerb } from '../../dialogues/service';
import type { DialogueId } from '../../dialogues/types';
import { dialogueActionDataSchema, dialogueReapplyDataSchema, dialogueStartDataSchema, draftResumeDataSchema, inputValues, MALFORMED_CARD_TEXT } from '../cardData';
import type { AppDeps } from '../deps';
import { actorOf } from '../identity';
import { sendCard } from '../reply';
import { registerCardAction } from '../cardActions';
import type { AppTurnState } from '../turnState';

const VERB_TO_ACTION: ReadonlyArray<readonly [string, DialogueVerb]> = [
  [VERBS.dialogueNext, 'next'],
  [VERBS.dialogueBack, 'back'],
  [VERBS.dialogueSave, 'save'],
  [VERBS.dialoguePreview, 'preview'],
  [VERBS.dialogueEdit, 'edit'],
  [VERBS.dialogueSend, 'send'],
  [VERBS.dialogueDiscard, 'discard'],
];

const COMMAND_TO_DIALOGUE: Readonly<Record<string, DialogueId>> = {
  newCase: 'arende',
  uppstartsmote: 'uppstartsmote',
  genomforandeplan: 'genomforandeplan',
  uppfoljning: 'uppfoljning',
  stodniva: 'stodniva',
  uppfoljningsmote: 'uppfoljningsmote',
  closeCase: 'avsluta',
};

export function registerDialogues(app: Application<AppTurnState>, deps: AppDeps & { dialogues: DialogueService }): void {
  const { dialogues, db } = deps;

  app.message(
    async (context) => {
      const command = matchCommand(context.activity.text);
      return Boolean(command && (command.id in COMMAND_TO_DIALOGUE || command.id === 'myDrafts'));
    },
    async (context) => {
      const command = matchCommand(context.activity.text)!;
      const actor = await actorOf(context, db);
      if (command.id === 'myDrafts') {
        await sendCard(context, renderDraftListCard(await dialogues.listDrafts(actor)));
        return;
      }
      const dialogue = COMMAND_TO_DIALOGUE[command.id]!;
      await sendCard(context, renderDialogueView(await dialogues.start(actor, dialogue)));
    },
  );

  for (const [verb, action] of VERB_TO_ACTION) {
    registerCardAction(app, verb, async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCardJson | string> => {
      const parsed = dialogueActionDataSchema.safeParse(data);
      if (!parsed.success) return MALFORMED_CARD_TEXT;
      const actor = await actorOf(context, db);
      const view = await dialogues.act(actor, { verb: action, draftId: parsed.data.draftId, version: parsed.data.version, values: inputValues(data) });
      return renderDialogueView(view);
    });
  }

  registerCardAction(app, VERBS.dialogueStart, async (context, data) => {
    const parsed = dialogueStartDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const actor = await actorOf(context, db);
    return renderDialogueView(await dialogues.start(actor, parsed.data.dialogue, parsed.data.caseId));
  });

  registerCardAction(app, VERBS.dialogueReapply, async (context, data) => {
    const parsed = dialogueReapplyDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const actor = await actorOf(context, db);
    return renderDialogueView(await dialogues.reapply(actor, parsed.data.draftId, parsed.data.version, parsed.data.reapply));
  });

  registerCardAction(app, VERBS.draftResume, async (context, data) => {
    const parsed = draftResumeDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const actor = await actorOf(context, db);
    return renderDialogueView(await dialogues.resume(actor, parsed.data.draftId));
  });
}
