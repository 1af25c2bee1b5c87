import { DateTime } from 'luxon';
import { STOCKHOLM_ZONE } from '../domain/calendar';
import { memberLabel } from '../domain/caseTeam';
import type { Executor } from '../storage/database';
import type { Draft } from '../storage/drafts.repository';
import { findUser } from '../storage/users.repository';
import type { LastEdited } from './views';

/** `2026-12-03 kl. 10:42`, Europe/Stockholm. */
export function stockholmTimeLabel(instant: string): string {
  return DateTime.fromISO(instant, { zone: STOCKHOLM_ZONE }).toFormat("yyyy-MM-dd 'kl.' HH:mm");
}

/** Who else saved a shared draft, by Teams e-mail: never client data. */
export async function editorLabel(db: Executor, userId: string): Promise<string> {
  const user = await findUser(db, userId);
  return memberLabel({ userId, upn: user?.upn ?? null });
}

/** "Senast ändrat av …" when a colleague, not this user, saved the shared draft last. */
export async function lastEditedNote(db: Executor, draft: Draft, viewerId: string): Promise<LastEdited | undefined> {
  if (!draft.shared || draft.updatedBy === viewerId) return undefined;
  return { text: `Senast ändrat av ${await editorLabel(db, draft.updatedBy)} ${stockholmTimeLabel(draft.updatedAt)}.` };
}
