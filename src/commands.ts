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
  /** Role commands (unit manager, admin) stay out of the manifest's list, which holds at most ten. */
  readonly inManifest?: false;
}

export const COMMAND_IDS = [
  'deadLetters','help', 'newCase', 'myCases', 'uppstartsmote', 'genomforandeplan', 'uppfoljning', 'stodniva', 'uppfoljningsmote', 'myDrafts', 'closeCase', 'caseTeam', 'handover', 'exportLevels', 'statistics', 'retentionPreview', 'assignUnitManager'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export const COMMANDS: readonly CommandDefinition[] = Object.freeze([
  { id: 'help', text: 'hjälp', aliases: ['hjalp', 'help', '?', 'meny', 'kommandon'], descriptionSv: 'Visar vad Stödlotsen kan göra och vilka kommandon som finns.' },
  { id: 'newCase', text: 'nytt ärende', aliases: ['nytt arende', 'registrera ärende', 'nytt'], descriptionSv: 'Registrerar ett ärende med ärendereferens (aldrig namn eller personnummer).' },
  { id: 'myCases', text: 'mina ärenden', aliases: ['mina arenden', 'ärenden', 'arenden'], descriptionSv: 'Visar dina ärenden och vad som är nästa tidsgräns i vart och ett.' },
  { id: 'uppstartsmote', text: 'uppstartsmöte', aliases: ['uppstartsmote', 'uppstart'], descriptionSv: 'Leder dig genom uppstartsmötets dagordning och skickar sammanfattningen till socialsekreteraren.' },
  { id: 'genomforandeplan', text: 'genomförandeplan', aliases: ['genomforandeplan', 'gp', 'genomförandeplanen'], descriptionSv: 'Meddelar socialsekreteraren att genomförandeplanen är upprättad och visar tidsgränsen.' },
  { id: 'uppfoljning', text: 'uppföljning', aliases: ['uppfoljning', 'underlag', 'underlag för uppföljning'], descriptionSv: 'Tar fram underlag för uppföljning enligt checklistan och skickar det till socialsekreteraren.' },
  { id: 'stodniva', text: 'stödnivå', aliases: ['stodniva', 'ändra stödnivå', 'stödnivåändring'], descriptionSv: 'Föreslår en ändrad stödnivå med skäl och varaktighet till socialsekreteraren.' },
  { id: 'uppfoljningsmote', text: 'uppföljningsmöte', aliases: ['uppfoljningsmote', 'checklista uppföljningsmöte'], descriptionSv: 'För socialsekreteraren: checklistan för uppföljningsmötet, förifylld från personalens underlag.' },
  { id: 'myDrafts', text: 'mina utkast', aliases: ['mina utkast', 'utkast'], descriptionSv: 'Visar utkast som du har påbörjat men inte skickat, så att du kan fortsätta.' },
  { id: 'closeCase', text: 'avsluta ärende', aliases: ['avsluta arende', 'avsluta', 'flyttat vidare'], descriptionSv: 'Avslutar ett ärende när den enskilde flyttat vidare, med datum och vart. Påminnelserna upphör.' },
  {
    id: 'caseTeam',
    text: 'ärendeteam',
    aliases: ['arendeteam', 'team', 'teamet', 'vikarie'],
    descriptionSv: 'Visar ärendets team och låter kontaktpersonal eller enhetschef lägga till och ta bort kontaktpersonal och vikarier.',
    inManifest: false,
  },
  {
    id: 'handover',
    text: 'byt kontaktpersonal',
    aliases: ['ny kontaktpersonal', 'överlämna ärende', 'overlamna arende'],
    descriptionSv: 'Flyttar ett ärende med utkast och tidsgränser från en kontaktpersonal till en annan. Båda får ett meddelande.',
    inManifest: false,
  },
  {
    id: 'exportLevels',
    text: 'exportera stödnivåer',
    aliases: ['exportera stodnivaer', 'stödnivåregister', 'exportera'],
    descriptionSv: 'För enhetschef: stödnivåregistret för en period som Excelfil till administrationen.',
    inManifest: false,
  },
  { id: 'statistics', text: 'statistik', aliases: ['statistik för enheten', 'flödesstatistik'], descriptionSv: 'För enhetschef: stödnivåer, ändringar, genomförandeplaner, försenade tidsgränser och flyttar vidare.', inManifest: false },
  {
    id: 'retentionPreview',
    text: 'gallring',
    aliases: ['gallra', 'gallringsplan', 'vad gallras', 'vad raderas'],
    descriptionSv: 'För enhetschef: vad som gallras (raderas) i enheten vid nästa gallring, och när.',
    inManifest: false,
  },
  { id: 'deadLetters', text: 'köstatus', aliases: ['kostatus', 'olevererade'], descriptionSv: 'För administratör: meddelanden som inte kunde levereras, med möjlighet att skicka igen.', inManifest: false },
  { id: 'assignUnitManager', text: 'enhetschef', aliases: [], descriptionSv: 'För administratör: enhetschef <e-post> <enhet> gör personen till enhetschef för enheten.', inManifest: false },
]);

export function normaliseCommandText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every command's text and aliases, normalised once (every route of a message asks, and most messages are questions). */
const BY_TEXT: ReadonlyMap<string, CommandDefinition> = new Map(
  [...COMMANDS].reverse().flatMap((c) => [c.text, ...c.aliases].map((t) => [normaliseCommandText(t), c] as const)),
);

export function matchCommand(text: string | undefined): CommandDefinition | undefined {
  if (!text) return undefined;
  return BY_TEXT.get(normaliseCommandText(text));
}
