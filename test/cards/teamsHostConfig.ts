/**
 * The limits of Teams' Adaptive Card host, for the `adaptivecards` object model's validation
 * (its own defaults allow 5 actions and know nothing of message size).
 *
 * - maxActions 6, interactivity on: the host config of the "Microsoft Teams" container in
 *   Microsoft's Adaptive Cards designer (microsoft/AdaptiveCards,
 *   source/nodejs/adaptivecards-designer, containers/teams-container and hostConfigs/microsoft-teams-*.json).
 * - Card version 1.5 at most: Teams renders Adaptive Cards up to 1.5 in bot messages.
 * - Message size: Teams refuses a bot message above its limit with 413 MessageSizeTooBig. Microsoft
 *   documents 40 KB on "Format your bot messages"
 *   (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages; newer
 *   revisions say ~100 KB, 80 KB recommended) and ~28 KB when posting through the Teams connector
 *   (https://learn.microsoft.com/connectors/teams/, "Known issues and limitations"); we hold every
 *   card to 28 KB, the strictest.
 */
export const TEAMS_HOST_CONFIG = {
  supportsInteractivity: true,
  fontFamily: 'Segoe UI',
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 8,
    showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
    preExpandSingleShowCardAction: false,
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
  },
  adaptiveCard: { allowCustomStyle: false },
} as const;

export const TEAMS_MAX_CARD_VERSION = '1.5';
export const TEAMS_MAX_MESSAGE_BYTES = 28 * 1024;
