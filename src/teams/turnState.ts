import { TurnState, type DefaultConversationState, type DefaultUserState } from '@microsoft/teams-ai';

/** Small on purpose: durable process data (cases, drafts, outbox) lives in our own tables. */
export interface ConversationState extends DefaultConversationState {
  /** ISO instant of the last welcome, so Teams' double install events welcome once. */
  welcomedAt?: string;
}

export type UserState = DefaultUserState;

export type AppTurnState = TurnState<ConversationState, UserState>;
