import { COMMANDS, type CommandId } from '../commands';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';

/** Who the person is to Stödlotsen; decides which commands the welcome and help cards put first. */
export const USER_ROLES = ['boendepersonal', 'socialsekreterare', 'enhetschef', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface WelcomeCardData {
  readonly title: string;
  readonly intro: string;
  readonly abilities: readonly string[];
  readonly primaryLead: string;
  /** The few buttons shown on the card itself, chosen by role. */
  readonly buttons: readonly { readonly text: string }[];
  readonly moreTitle: string;
  readonly moreLead: string;
  /** Every command, listed behind "Alla kommandon" (typed, or pressed below). */
  readonly commands: readonly { readonly text: string; readonly description: string }[];
  /** The person's other everyday commands as buttons behind "Alla kommandon". */
  readonly moreButtons: readonly { readonly text: string }[];
  readonly privacyNote: string;
}

const template = loadCardTemplate<WelcomeCardData>('welcome');

/**
 * Teams shows at most six buttons in a row (its host config's maxActions; mobile folds even
 * earlier): four primary buttons plus "Alla kommandon" stay within it, and so does the list behind it.
 */
export const MAX_PRIMARY_BUTTONS = 4;
export const MAX_MORE_BUTTONS = 6;

/** Per role, the commands it uses most, most used first; the rest are behind "Alla kommandon". */
const PRIMARY_BY_ROLE: Readonly<Record<UserRole, readonly CommandId[]>> = {
  boendepersonal: ['uppfoljning', 'newCase', 'myCases', 'myDrafts'],
  socialsekreterare: ['uppfoljningsmote', 'myCases', 'myDrafts'],
  enhetschef: ['statistics', 'exportLevels'],
  admin: ['deadLetters', 'statistics', 'exportLevels'],
};

/** Everyday commands of each role that get a button behind "Alla kommandon" (after the primary ones). */
const EVERYDAY_BY_ROLE: Readonly<Record<UserRole, readonly CommandId[]>> = {
  boendepersonal: ['uppstartsmote', 'genomforandeplan', 'stodniva', 'closeCase'],
  socialsekreterare: ['help'],
  enhetschef: ['myCases'],
  admin: [],
};

const ABILITIES = [
  '• Leder dig genom uppstartsmötets dagordning, checklistan för underlag för uppföljning och frågorna om ändrad stödnivå – inget du skrivit går förlorat.',
  '• Skickar Treserva-färdiga sammanfattningar till ansvarig socialsekreterare och meddelar när genomförandeplanen är upprättad.',
  '• Svarar på frågor om vad en stödnivå innebär och vad processen säger, med källa.',
  '• Håller reda på processens tidsgränser och påminner rätt person.',
] as const;

/**
 * `roles` in the order the person holds them; empty (unknown person, e.g. at install) shows
 * what staff and caseworkers use most.
 */
export function welcomeCardData(kind: 'welcome' | 'help', roles: readonly UserRole[] = []): WelcomeCardData {
  const effective: readonly UserRole[] = roles.length > 0 ? roles : ['boendepersonal', 'socialsekreterare'];
  const primary = takeUnique(effective.flatMap((r) => PRIMARY_BY_ROLE[r].slice(0, roles.length > 0 ? undefined : 2)), MAX_PRIMARY_BUTTONS);
  const rest = takeUnique(
    [...effective.flatMap((r) => PRIMARY_BY_ROLE[r]), ...effective.flatMap((r) => EVERYDAY_BY_ROLE[r])].filter((id) => !primary.includes(id)),
    MAX_MORE_BUTTONS,
  );
  return {
    title: kind === 'welcome' ? 'Välkommen till Stödlotsen' : 'Det här kan Stödlotsen',
    intro:
      kind === 'welcome'
        ? 'Stödlotsen är ett stöd för boendepersonal och socialsekreterare i socialt boende med stöd och boendestöd i Göteborg.'
        : 'Skriv ett kommando, tryck på en knapp nedan eller ställ en fråga med egna ord.',
    abilities: ABILITIES,
    primaryLead: 'Vanligast för dig:',
    buttons: primary.map(buttonOf),
    moreTitle: 'Alla kommandon',
    moreLead: 'Skriv kommandot i chatten, eller tryck på en knapp nedan.',
    commands: COMMANDS.map((c) => ({ text: c.text, description: c.descriptionSv })),
    moreButtons: rest.map(buttonOf),
    privacyNote:
      'Skriv aldrig personnummer eller namn på den enskilde – använd ärendereferensen. Journalen förs i Treserva; Stödlotsen är inget journalsystem.',
  };
}

export function renderWelcomeCard(data: WelcomeCardData): AdaptiveCardJson {
  return template.render(data);
}

function takeUnique(ids: readonly CommandId[], max: number): CommandId[] {
  return [...new Set(ids)].slice(0, max);
}

function buttonOf(id: CommandId): { text: string } {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`unknown command ${id}`);
  return { text: command.text };
}
