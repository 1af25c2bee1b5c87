import { listByStatus } from '../../src/storage/outbox.repository';
import type { DatabaseHandle } from '../../src/storage/database';
import { cardsOf, type Card, type ConversationHarness } from '../support/conversation';

/** The uppstartsmöte answers, step by step; `overrides` replaces the free text of a step. */
export function uppstartsmoteAnswers(text: { sinceMoveIn?: string; goals?: string } = {}): Record<string, string>[] {
  return [
    { date: '2026-11-16', 'participants.roles': 'client,caseworker,contactStaff' },
    { sinceMoveIn: text.sinceMoveIn ?? 'Bra.' },
    { assignmentReview: 'Genomgånget.' },
    { 'clientGoals.thoughtsAndGoals': text.goals ?? 'Eget kontrakt.' },
    { 'followUp.how': 'Möte.', 'followUp.firstMeetingDate': '2027-01-12' },
    { 'levelCheck.levelId': 'medel', 'levelCheck.outcome': 'confirmed' },
  ];
}

/** Walks the uppstartsmöte dialogue to its preview card. */
export async function uppstartsmotePreview(bot: ConversationHarness, answers = uppstartsmoteAnswers()): Promise<Card> {
  let card = cardsOf(await bot.send('uppstartsmöte'))[0]!;
  for (const [i, a] of answers.entries()) {
    const next = await bot.press(card, i === answers.length - 1 ? 'Förhandsgranska' : 'Nästa', a);
    if (!next.card) throw new Error(`step ${i + 1}: ${next.message}`);
    card = next.card;
  }
  return card;
}

/** Sends it (from a preview card, or walking there first) and returns the caseworker's card from the outbox. */
export async function sendUppstartsmote(bot: ConversationHarness, database: DatabaseHandle, answers = uppstartsmoteAnswers(), preview?: Card): Promise<{ done: Card; notification: Card }> {
  const done = (await bot.press(preview ?? (await uppstartsmotePreview(bot, answers)), 'Skicka')).card!;
  const pending = await listByStatus(database.db, 'pending');
  const message = pending.find((m) => (m.payload as { card?: unknown }).card);
  return { done, notification: (message!.payload as { card: Card }).card };
}
