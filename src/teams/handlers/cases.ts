import type { Application } from '@microsoft/teams-ai';
import { renderCaseListCard } from '../../cards/caseList';
import { matchCommand } from '../../commands';
import { toStockholmDate } from '../../domain/calendar';
import { listCasesForUser } from '../../storage/cases.repository';
import type { AppDeps } from '../deps';
import { actorOf } from '../identity';
import { sendCard } from '../reply';
import type { AppTurnState } from '../turnState';

export function registerCases(app: Application<AppTurnState>, deps: AppDeps): void {
  app.message(
    async (context) => matchCommand(context.activity.text)?.id === 'myCases',
    async (context) => {
      const actor = await actorOf(context, deps.db);
      const today = toStockholmDate(deps.clock.now());
      const cases = await listCasesForUser(deps.db, actor.tenantId, actor.userId, actor.upn, today);
      await sendCard(context, renderCaseListCard(cases, today));
    },
  );
}
