import { VERBS } from '../cards/verbs';
import type { Executor } from '../storage/database';
import { listByStatus } from '../storage/outbox.repository';
import type { DeadReason } from './retryPolicy';

export interface DeadLetter {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly kind: string;
  /** UPN or AAD object id of the intended recipient. */
  readonly recipient: string;
  readonly attempts: number;
  readonly reason: DeadReason | 'unknown';
  readonly detail: string;
  readonly createdAt: string;
  /** When it became dead (the last attempt). */
  readonly deadAt: string;
}

const REASONS: readonly DeadReason[] = ['rejected', 'forbidden', 'not-found', 'max-attempts', 'in-doubt', 'invalid-payload', 'not-installed'];

/** Dead letters for the admin command, oldest first. Never the message content. */
export async function deadLetters(db: Executor, limit = 50): Promise<DeadLetter[]> {
  const rows = await listByStatus(db, 'dead', limit);
  return rows.map((row) => {
    const [head, ...rest] = (row.lastError ?? '').split(': ');
    const reason = REASONS.find((r) => r === head) ?? 'unknown';
    return {
      id: row.id,
      idempotencyKey: row.idempotencyKey,
      kind: row.kind,
      recipient: row.recipientUpn ?? row.recipientUserId ?? '–',
      attempts: row.attempts,
      reason,
      detail: reason === 'unknown' ? (row.lastError ?? '') : rest.join(': '),
      createdAt: row.createdAt,
      deadAt: row.nextAttemptAt,
    };
  });
}

/** Admin action after checking with the recipient: send a dead letter again, from scratch. */
export async function requeueDeadLetter(db: Executor, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, sending_attempt: null, next_attempt_at: at.toISOString(), last_error: 'requeued by admin', lease_until: null, leased_by: null })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export const DEAD_REASON_TEXT: Readonly<Record<DeadLetter['reason'], string>> = Object.freeze({
  rejected: 'Teams avvisade meddelandet.',
  forbidden: 'Mottagaren har tagit bort eller blockerat Stödlotsen.',
  'not-found': 'Chatten med mottagaren finns inte längre.',
  'max-attempts': 'Gav upp efter upprepade fel hos Teams.',
  'in-doubt': 'Oklart om meddelandet kom fram (avbrott mitt i sändningen). Fråga mottagaren innan det skickas igen.',
  'invalid-payload': 'Meddelandet hade ett felaktigt innehåll.',
  'not-installed': 'Mottagaren installerade aldrig Stödlotsen.',
  unknown: 'Okänd orsak.',
});

/** Data for a notice card (src/cards/notice.ts shape): what could not be delivered and why. */
export function deadLetterNoticeData(letters: readonly DeadLetter[]): {
  title: string;
  subtitle: string;
  paragraphs: string[];
  copyLines: string[];
  actions: { title: string; verb: string; data: Record<string, string> }[];
} {
  return {
    title: 'Meddelanden som inte kunde levereras',
    subtitle: letters.length === 0 ? 'Inga olevererade meddelanden.' : `${letters.length} olevererade meddelanden`,
    paragraphs: letters.map(
      (l) => `${l.createdAt.slice(0, 16).replace('T', ' ')} UTC · ${l.kind} till ${l.recipient} · ${l.attempts} försök · ${DEAD_REASON_TEXT[l.reason]}`,
    ),
    copyLines: [],
    actions: letters.map((l) => ({ title: `Skicka igen (${l.kind}, ${l.recipient})`, verb: VERBS.outboxRequeue, data: { outboxId: l.id } })),
  };
}
