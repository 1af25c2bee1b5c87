import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeWithSummary } from '../../src/dialogues/completeWithSummary';
import { MESSAGES } from '../../src/dialogues/service';
import { TEAM_MESSAGES } from '../../src/domain/caseTeam';
import type { ClientCase } from '../../src/domain/cases';
import type { DatabaseHandle } from '../../src/storage/database';
import { findDraft } from '../../src/storage/drafts.repository';
import { listTeam } from '../../src/storage/caseTeam.repository';
import { ONLY_RESPONSIBLE_CASEWORKER } from '../../src/teams/handlers/acknowledge';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { cardActions, conversationHarness, type ConversationHarness } from '../support/conversation';
import { CASEWORKER, registerTestCase } from '../support/fixtures';
import { openTestDatabase, testClock } from '../support/testDeps';
import { addToTeam, body, COLLEAGUE, CREATOR, everyoneHasOpenedStodlotsen, invoke, MANAGER, OTHER_MANAGER, OUTSIDER, say, SUBSTITUTE, type Person } from './support';


/** Everyone who is neither on the current team, nor the responsible caseworker, nor the unit's manager. */
const OUTSIDERS: ReadonlyArray<readonly [string, Person]> = [
  ['a colleague outside the team', OUTSIDER],
  ['a substitute whose range has ended', SUBSTITUTE],
  ['the manager of another unit', OTHER_MANAGER],
];

describe('least privilege: anyone outside the case is refused, in Swedish, and the refusal is audited', () => {
  let database: DatabaseHandle;
  let bot: ConversationHarness;
  let clientCase: ClientCase;
  let draftId: string;
  let version: number;
  beforeEach(async () => {
    database = await openTestDatabase();
    bot = conversationHarness(database, testClock('2026-12-10T09:00:00.000Z'));
    clientCase = await registerTestCase(database.db);
    await everyoneHasOpenedStodlotsen(database.db);
    await addToTeam(database.db, clientCase, COLLEAGUE);
    await addToTeam(database.db, clientCase, SUBSTITUTE, ['2026-11-01', '2026-11-30']);
    const [card] = (await say(bot, 'uppföljning', CREATOR)).cards;
    draftId = String((cardActions(card!)[0]!.data as { draftId: string }).draftId);
    version = (await findDraft(database.db, draftId))!.version;
    await database.db.transaction().execute((tx) =>
      completeWithSummary(
        { tx, draftId: '00000000-0000-4000-8000-00000000d0d0', values: {}, answers: {}, ctx: { case: clientCase, today: '2026-12-10' }, userId: CREATOR.aadObjectId, tenantId: LOCAL_TENANT, now: new Date('2026-12-10T09:00:00.000Z') },
        { kind: 'stodniva', title: 'Förslag om ändrad stödnivå', text: 'Förslag om ändrad stödnivå – BST-2026-0042', card: { title: 'Förslag om ändrad stödnivå', facts: [], sections: [] } },
        {},
        'Förslag från boendepersonalen.',
        { model: 'lagenhetsboende_2025', fromLevel: 'medel', proposedLevel: 'hog', direction: 'increase' },
      ),
    );
  });
  afterEach(async () => {
    await database.close();
  });

  const submissionId = async () => (await database.db.selectFrom('submissions').select('id').executeTakeFirstOrThrow()).id;

  /** Every case-scoped card action: what it sends, the answer expected, the audit action. */
  const ACTIONS: ReadonlyArray<readonly [string, string, () => Promise<Record<string, unknown>>, string, string]> = [
    ['start a dialogue on the case', 'dialogue.start', async () => ({ dialogue: 'uppfoljning', caseId: clientCase.id }), MESSAGES.notOnTeam, 'case.access'],
    ['resume the team draft', 'draft.resume', async () => ({ draftId }), MESSAGES.notOnTeam, 'case.access'],
    ['press Nästa on the team draft', 'dialogue.next', async () => ({ draftId, version, f_date: '2026-12-10' }), MESSAGES.notOnTeam, 'case.access'],
    ['discard the team draft', 'dialogue.discard', async () => ({ draftId, version }), MESSAGES.notOnTeam, 'case.access'],
    ['re-apply onto the team draft', 'dialogue.reapply', async () => ({ draftId, version, reapply: '{"date":"2026-12-10"}' }), MESSAGES.notOnTeam, 'case.access'],
    ['open the team card', 'team.show', async () => ({ caseId: clientCase.id, mode: 'team' }), TEAM_MESSAGES.refused, 'case.access'],
    ['add themselves to the team', 'team.add', async () => ({ caseId: clientCase.id, t_upn: OUTSIDER.upn, t_role: 'staff' }), TEAM_MESSAGES.refused, 'case.access'],
    ['remove a member', 'team.remove', async () => ({ caseId: clientCase.id, t_remove: `staff:${COLLEAGUE.aadObjectId}` }), TEAM_MESSAGES.refused, 'case.access'],
    ['hand the case over', 'team.handover', async () => ({ caseId: clientCase.id, t_handoverFrom: CREATOR.aadObjectId, t_handoverTo: OUTSIDER.upn }), TEAM_MESSAGES.refused, 'case.access'],
    ['show the summary', 'summary.show', async () => ({ submissionId: await submissionId() }), ONLY_RESPONSIBLE_CASEWORKER, 'summary.viewed'],
    ['acknowledge it (Mottaget)', 'summary.acknowledge', async () => ({ submissionId: await submissionId() }), ONLY_RESPONSIBLE_CASEWORKER, 'summary.acknowledged'],
    ['decide the level (Behåll)', 'level.keep', async () => ({ submissionId: await submissionId(), f_reason: 'Skäl' }), ONLY_RESPONSIBLE_CASEWORKER, 'level.decided'],
  ];

  describe.each(OUTSIDERS)('%s', (_who, outsider) => {
    it.each(ACTIONS)('cannot %s', async (_what, verb, data, message, auditAction) => {
      const before = { draft: await findDraft(database.db, draftId), team: await listTeam(database.db, clientCase.id) };
      const answer = await invoke(bot, verb, await data(), outsider);
      expect(answer.message ?? body(answer.card)).toContain(message);
      const rows = await database.db.selectFrom('audit_log').select(['action', 'outcome', 'case_reference']).where('actor_id', '=', outsider.aadObjectId).execute();
      expect(rows).toEqual([{ action: auditAction, outcome: 'refused', case_reference: 'BST-2026-0042' }]);
      expect(await findDraft(database.db, draftId)).toEqual(before.draft);
      expect(await listTeam(database.db, clientCase.id)).toEqual(before.team);
    });

    it('does not see the case in "mina ärenden" nor its draft in "mina utkast", and cannot start a dialogue on it', async () => {
      expect(body((await say(bot, 'mina ärenden', outsider)).cards[0])).not.toContain('BST-2026-0042');
      expect(body((await say(bot, 'mina utkast', outsider)).cards[0])).toContain('Du har inga sparade utkast.');
      expect(body((await say(bot, 'uppföljning', outsider)).cards[0])).toContain(MESSAGES.noCases);
    });
  });

  it.each([
    ['team.add', { t_upn: OUTSIDER.upn, t_role: 'staff' }],
    ['team.remove', { t_remove: `staff:${COLLEAGUE.aadObjectId}` }],
    ['team.handover', { t_handoverFrom: CREATOR.aadObjectId, t_handoverTo: OUTSIDER.upn }],
  ])('the responsible caseworker sees the case but cannot change its team (%s)', async (verb, inputs) => {
    const answer = await invoke(bot, verb, { caseId: clientCase.id, mode: 'team', ...inputs }, CASEWORKER);
    expect(body(answer.card)).toContain(TEAM_MESSAGES.refused);
    const rows = await database.db.selectFrom('audit_log').select(['action', 'outcome', 'reason']).where('actor_id', '=', CASEWORKER.aadObjectId).execute();
    expect(rows).toEqual([{ action: 'case.access', outcome: 'refused', reason: `${verb.replace('.', '_')}_not_on_team` }]);
    expect((await listTeam(database.db, clientCase.id)).map((m) => m.userId)).toEqual([CREATOR.aadObjectId, COLLEAGUE.aadObjectId, SUBSTITUTE.aadObjectId]);
  });

  it("the team's drafts stay out of the caseworker's \"mina utkast\"", async () => {
    expect(body((await say(bot, 'mina utkast', CASEWORKER)).cards[0])).toContain('Du har inga sparade utkast.');
    expect(body((await say(bot, 'mina utkast', COLLEAGUE)).cards[0])).toContain('Underlag för uppföljning');
  });

  it('the team, the responsible caseworker and the unit manager are let in where their role allows', async () => {
    expect(body((await invoke(bot, 'draft.resume', { draftId }, COLLEAGUE)).card)).toContain('Underlag för uppföljning');
    expect(body((await invoke(bot, 'team.show', { caseId: clientCase.id, mode: 'team' }, MANAGER)).card)).toContain('Ärendets team');
    expect(body((await invoke(bot, 'team.show', { caseId: clientCase.id, mode: 'handover' }, COLLEAGUE)).card)).toContain('Byt kontaktpersonal');
    const checklist = await invoke(bot, 'dialogue.start', { dialogue: 'uppfoljningsmote', caseId: clientCase.id }, CASEWORKER);
    expect(body(checklist.card)).toContain('Steg 1 av');
    const refused = await database.db.selectFrom('audit_log').select('actor_id').where('outcome', '=', 'refused').execute();
    expect(refused).toEqual([]);
  });
});
