/** What an outbox row's payload holds (the lead's dialogues write it; the dispatcher sends it). */
export interface NotificationPayload {
  readonly text?: string;
  /** Adaptive Card JSON. */
  readonly card?: Readonly<Record<string, unknown>>;
}

export type SendResult = SendSuccess | SendFailure;

export interface SendSuccess {
  readonly ok: true;
  readonly activityId: string | null;
}

export interface SendFailure {
  readonly ok: false;
  /** HTTP status from the connector; null when no response came back. */
  readonly status: number | null;
  /** Raw Retry-After (or retry-after-ms, as `<n>ms`) header, when the connector sent one. */
  readonly retryAfter: string | null;
  /** Error code from the connector's body or the transport, for logs and dead-letter reasons. */
  readonly code: string;
  /**
   * 'not-sent': certainly never reached the connector (refused connection, no token);
   * 'unknown': the request may have been accepted (reset or timeout after sending).
   */
  readonly delivery: 'not-sent' | 'unknown' | 'rejected';
}

export type CreateConversationResult = { readonly ok: true; readonly reference: unknown } | SendFailure;

/**
 * The only thing the dispatcher needs from the Bot Framework; src/teams/proactive.ts implements it.
 * `reference` is a stored ConversationReference (JSON), opaque here.
 */
export interface NotificationSender {
  send(reference: unknown, payload: NotificationPayload): Promise<SendResult>;
  /** Opens (or finds) the 1:1 chat with a user who has the app installed but no stored reference. */
  createPersonalConversation?(target: { tenantId: string; userId: string; serviceUrl: string }): Promise<CreateConversationResult>;
}

export type Sleep = (ms: number) => Promise<void>;
