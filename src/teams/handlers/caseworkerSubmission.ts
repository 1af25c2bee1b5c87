import type { TurnContext } from 'botbuilder';
import type { Actor } from '../../dialogues/service';
import type { ClientCase } from '../../domain/cases';
import { findCaseById } from '../../storage/cases.repository';
import type { Db } from '../../storage/database';
import { findSubmission, type StoredSubmission } from '../../storage/submissions.repository';
import { actorOf } from '../identity';

export const SUBMISSION_GONE = 'Sammanfattningen finns inte längre i Stödlotsen (den finns i Treserva).';

export type CaseworkerSubmission =
  | { readonly kind: 'gone' }
  | { readonly kind: 'not_responsible'; readonly actor: Actor; readonly submission: StoredSubmission; readonly clientCase: ClientCase }
  | { readonly kind: 'responsible'; readonly actor: Actor; readonly submission: StoredSubmission; readonly clientCase: ClientCase };

/**
 * A card action on something sent to a caseworker: loads it and decides, on the server, whether
 * the person pressing is the case's responsible caseworker (by UPN, within the same tenant).
 */
export async function caseworkerSubmission(context: TurnContext, db: Db, submissionId: string): Promise<CaseworkerSubmission> {
  const actor = await actorOf(context, db);
  const submission = await findSubmission(db, submissionId);
  const clientCase = submission && (await findCaseById(db, submission.caseId));
  if (!submission || !clientCase || clientCase.tenantId !== actor.tenantId) return { kind: 'gone' };
  const responsible = Boolean(actor.upn) && actor.upn === clientCase.caseworkerUpn;
  return { kind: responsible ? 'responsible' : 'not_responsible', actor, submission, clientCase };
}
