import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import type { Config } from '../config';

/**
 * TeamsAdapter is botbuilder's CloudAdapter with ConfigurationBotFrameworkAuthentication.
 * Without a bot identity (local mode only; config refuses it elsewhere) requests are anonymous.
 */
export function createAdapter(config: Config, logger: Logger): TeamsAdapter {
  const adapter = config.bot
    ? new TeamsAdapter({
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId,
        ...(config.bot.password ? { MicrosoftAppPassword: config.bot.password } : {}),
      })
    : new TeamsAdapter({});
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: { type: error?.name, stack: error?.stack }, activityType: context.activity?.type }, 'adapter turn error');
  };
  return adapter;
}
