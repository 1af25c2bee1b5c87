import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import { z } from 'zod';
import { qaAnswerCardData, renderQaAnswerCard } from '../../cards/qaAnswer';
import { VERBS } from '../../cards/verbs';
import { LEVEL_MODEL_IDS } from '../../domain/case';
import { containsPersonalIdentityNumber } from '../../domain/privacy/personnummer';
import type { AsyncQa } from '../deferredQa';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';

export const PERSONNUMMER_IN_QUESTION =
  'Din fråga innehåller något som ser ut som ett personnummer eller samordningsnummer. Skriv aldrig sådana i Stödlotsen – fråga utan det, så svarar jag. Inget av det du skrev sparades.';

const topicDataSchema = z.object({ topicId: z.string().min(1).max(200), modelId: z.union([z.enum(LEVEL_MODEL_IDS), z.literal('')]).optional() });

/** "Visa hela avsnittet": the section of a source document (`section.<docId>.<sectionId>`). */
const sectionDataSchema = z.object({ topicId: z.string().regex(/^section\.\d{3}\.[a-z0-9-]{1,150}$/) });

/** Registered last: every message that is not a command is a question (issue 6). */
export function registerQuestions(app: Application<AppTurnState>, qa: AsyncQa): void {
  registerCardAction(app, VERBS.qaTopic, async (_context, data) => {
    const parsed = topicDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const answer = await qa.topic(parsed.data.topicId, parsed.data.modelId ? { modelId: parsed.data.modelId } : undefined);
    return answer ? renderQaAnswerCard(qaAnswerCardData(answer)) : MALFORMED_CARD_TEXT;
  });

  registerCardAction(app, VERBS.qaSection, async (_context, data) => {
    const parsed = sectionDataSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const answer = await qa.topic(parsed.data.topicId);
    return answer ? renderQaAnswerCard(qaAnswerCardData(answer)) : MALFORMED_CARD_TEXT;
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const text = context.activity.text ?? '';
    if (containsPersonalIdentityNumber(text)) {
      await context.sendActivity(PERSONNUMMER_IN_QUESTION);
      return;
    }
    if (text.trim() === '') return;
    await sendCard(context, renderQaAnswerCard(qaAnswerCardData(await qa.answer(text))));
  });
}
