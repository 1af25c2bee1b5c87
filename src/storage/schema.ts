import type { ColumnType } from 'kysely';

/** A nullable column added later: optional on insert, so older inserts (tests of old migrations) still type. */
type NullableColumn = ColumnType<string | null, string | null | undefined, string | null>;

/**
 * Typed tables. Every column type is chosen so the same migrations run on SQLite and
 * PostgreSQL: text for ids, JSON and ISO instants; integer for counters.
 */
export interface BotStateTable {
  key: string;
  /** JSON of the state object without its eTag. */
  value: string;
  etag: string;
  updated_at: string;
}

export interface Database {
  bot_state: BotStateTable;
  users: UsersTable;
  conversation_refs: ConversationRefsTable;
  cases: CasesTable;
  case_members: CaseMembersTable;
  drafts: DraftsTable;
  submissions: SubmissionsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  reminder_runs: ReminderRunsTable;
  retention_runs: RetentionRunsTable;
  level_proposals: LevelProposalsTable;
  level_history: LevelHistoryTable;
  roles: RolesTable;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  upn: string | null;
  teams_user_id: string;
  created_at: string;
  updated_at: string;
}

export interface ConversationRefsTable {
  user_id: string;
  tenant_id: string;
  service_url: string;
  reference: string;
  updated_at: string;
}

export interface CasesTable {
  id: string;
  tenant_id: string;
  case_reference: string;
  unit: string;
  service: string;
  housing_form: string;
  level_model: string | null;
  current_level: string | null;
  level_start_date: string | null;
  moved_in_date: string | null;
  assignment_date: string | null;
  implementation_date: string | null;
  caseworker_upn: string;
  pays_rent: number;
  rent_from_date: string | null;
  protected_identity: number;
  uppstartsmote_date: string | null;
  follow_up_booked_at: string | null;
  genomforandeplan_date: string | null;
  last_underlag_date: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** The day the client moved on; null while open (migration 2026_11_23_2140). */
  closed_on: string | null;
  /** traningslagenhet | provlagenhet | eget_kontrakt | annat_boende | annat; null while open. */
  moved_on_to: string | null;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  /** staff (kontaktpersonal) | substitute (vikarie) | caseworker (migration 2026_12_03_1200). */
  role: string;
  created_at: string;
  /** A substitute's first and last day (Europe/Stockholm, inclusive); null for contact staff. */
  valid_from: NullableColumn;
  valid_to: NullableColumn;
  /** Who added the member; null for the case's creator and rows before teams. */
  added_by: NullableColumn;
}

export interface DraftsTable {
  id: string;
  user_id: string;
  case_id: string | null;
  dialogue: string;
  step: number;
  answers: string;
  status: string;
  open_slot: string;
  version: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Who saved last (migration 2026_12_03_1200); null = user_id. */
  updated_by: NullableColumn;
  /** `case:<case id>` for a draft the case team shares, `user:<user id>:<case id or ''>` for a personal one. */
  draft_slot: ColumnType<string, string | undefined, string>;
}

export interface SubmissionsTable {
  id: string;
  draft_id: string;
  case_id: string;
  kind: string;
  sent_by: string;
  text: string;
  card: string;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

export interface OutboxTable {
  id: string;
  idempotency_key: string;
  tenant_id: string;
  recipient_upn: string | null;
  recipient_user_id: string | null;
  kind: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  leased_by: string | null;
  last_error: string | null;
  activity_id: string | null;
  created_at: string;
  sent_at: string | null;
  /** Attempt number whose send has started (migration 2026_11_23_2100); > attempts = outcome unknown. */
  sending_attempt: number | null;
}

export interface ReminderRunsTable {
  run_date: string;
  finished_at: string;
  reminders: number;
}

/** One row per Stockholm day the retention pass finished (migration 2026_12_03_1400). */
export interface RetentionRunsTable {
  run_date: string;
  finished_at: string;
}

export interface LevelProposalsTable {
  submission_id: string;
  case_id: string;
  model: string;
  from_level: string;
  proposed_level: string;
  direction: string;
  proposed_by: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface LevelHistoryTable {
  id: string;
  tenant_id: string;
  case_id: string;
  model: string;
  level: string;
  valid_from: string;
  previous_level: string | null;
  reason_category: string;
  decided_by: string;
  decided_by_role: string;
  decided_at: string;
  /** When the row was first in a downloaded register file; null = never exported (migration 2026_12_03_1400). */
  exported_at: string | null;
}

export interface RolesTable {
  tenant_id: string;
  upn: string;
  role: string;
  unit: string;
  created_at: string;
}

/** Append-only: who did what to which case, never content (migration 2026_11_23_2130). */
export interface AuditLogTable {
  id: string;
  at: string;
  tenant_id: string | null;
  actor_id: string;
  action: string;
  case_reference: string | null;
  target_kind: string | null;
  target_id: string | null;
  outcome: string;
  reason: string | null;
  /** How many rows a retention pass deleted; null for every other action (migration 2026_12_03_1400). */
  count: number | null;
}
