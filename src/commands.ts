/**
 * The typed commands users can write (Swedish), single-sourced: the router, the welcome and
 * help cards and the manifest's command list (checked by a test) all read this table.
 */
export interface CommandDefinition {
  readonly id: CommandId;
  readonly text: string;
  /** Accepted spellings, compared after normalisation (lower case, no diacritics, single spaces). */
  readonly aliases: readonly string[];
  readonly descriptionSv: string;
}

export const COMMAND_IDS = ['help'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export const COMMANDS: readonly CommandDefinition[] = Object.freeze([
  {
    id: 'help',
    text: 'hjälp',
    aliases: ['hjalp', 'help', '?', 'meny', 'kommandon'],
    descriptionSv: 'Visar vad Stödlotsen kan göra och vilka kommandon som finns.',
  },
]);

export function normaliseCommandText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchCommand(text: string | undefined): CommandDefinition | undefined {
  if (!text) return undefined;
  const normalised = normaliseCommandText(text);
  return COMMANDS.find((c) => normaliseCommandText(c.text) === normalised || c.aliases.some((a) => normaliseCommandText(a) === normalised));
}
