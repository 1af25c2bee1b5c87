import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { createAuditor, type Auditor } from '../../audit';
import { renderCaseTeamCard, renderTeamCaseChoiceCard } from '../../cards/caseTeam';
import { renderNoticeCard } from '../../cards/notice';
import type { AdaptiveCardJson } from '../../cards/templates';
import { VERBS } from '../../cards/verbs';
import { matchCommand } from '../../commands';
import { CaseTeamService, type TeamView } from '../../team/service';
import { MALFORMED_CARD_TEXT } from '../cardData';
import { registerCardAction } from '../cardActions';
import type { AppDeps } from '../deps';
import { actorOf } from '../identity';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';

const text = z.string().max(400).optional().default('');
const base = z.object({ caseId: z.string().uuid(), mode: z.enum(['team', 'handover']).default('team') });
const addSchema = base.extend({ t_upn: text, t_role: text, t_from: text, t_to: text });
const removeSchema = base.extend({ t_remove: text });
const handoverSchema = base.extend({ t_handoverFrom: text, t_handoverTo: text });

function render(view: TeamView): AdaptiveCardJson {
  switch (view.kind) {
    case 'message':
      return renderNoticeCard({ title: 'Stödlotsen', subtitle: '', paragraphs: [view.text], copyLines: [], actions: [] });
    case 'choose_case':
      return renderTeamCaseChoiceCard(view.mode, view.cases);
    case 'team':
      return renderCaseTeamCard(view);
  }
}

/** `ärendeteam`, `byt kontaktpersonal` and the team card's buttons; the rules are in domain/caseTeam. */
export function registerCaseTeam(app: Application<AppTurnState>, deps: AppDeps & { onQueued?: () => void; audit?: Auditor }): void {
  const team = new CaseTeamService({ db: deps.db, clock: deps.clock, audit: deps.audit ?? createAuditor(deps.db, deps.clock, deps.logger), ...(deps.onQueued ? { onQueued: deps.onQueued } : {}) });

  app.message(
    async (context) => ['caseTeam', 'handover'].includes(matchCommand(context.activity.text)?.id ?? ''),
    async (context) => {
      const mode = matchCommand(context.activity.text)!.id === 'handover' ? 'handover' : 'team';
      await sendCard(context, render(await team.start(await actorOf(context, deps.db), mode)));
    },
  );

  registerCardAction(app, VERBS.teamShow, async (context, data) => {
    const parsed = base.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    return render(await team.show(await actorOf(context, deps.db), parsed.data.caseId, parsed.data.mode));
  });

  registerCardAction(app, VERBS.teamAdd, async (context, data) => {
    const parsed = addSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    const { caseId, t_upn, t_role, t_from, t_to } = parsed.data;
    return render(await team.add(await actorOf(context, deps.db), caseId, { upn: t_upn, role: t_role, validFrom: t_from, validTo: t_to }));
  });

  registerCardAction(app, VERBS.teamRemove, async (context, data) => {
    const parsed = removeSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    return render(await team.remove(await actorOf(context, deps.db), parsed.data.caseId, parsed.data.t_remove));
  });

  registerCardAction(app, VERBS.teamHandover, async (context, data) => {
    const parsed = handoverSchema.safeParse(data);
    if (!parsed.success) return MALFORMED_CARD_TEXT;
    return render(await team.handover(await actorOf(context, deps.db), parsed.data.caseId, parsed.data.t_handoverFrom, parsed.data.t_handoverTo));
  });
}
