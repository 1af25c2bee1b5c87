import { COMMANDS } from '../commands';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';

export interface WelcomeCardData {
  readonly title: string;
  readonly intro: string;
  readonly abilities: readonly string[];
  readonly commands: readonly { readonly text: string; readonly description: string }[];
  /** Buttons for the everyday commands; role commands (unit manager, admin) are only listed. */
  readonly buttons: readonly { readonly text: string }[];
  readonly privacyNote: string;
}

const template = loadCardTemplate<WelcomeCardData>('welcome');

const ABILITIES = [
  '• Leder dig genom uppstartsmötets dagordning, checklistan för underlag för uppföljning och frågorna om ändrad stödnivå – inget du skrivit går förlorat.',
  '• Skickar Treserva-färdiga sammanfattningar till ansvarig socialsekreterare och meddelar när genomförandeplanen är upprättad.',
  '• Svarar på frågor om vad en stödnivå innebär och vad processen säger, med källa.',
  '• Håller reda på processens tidsgränser och påminner rätt person.',
] as const;

export function welcomeCardData(kind: 'welcome' | 'help'): WelcomeCardData {
  return {
    title: kind === 'welcome' ? 'Välkommen till Stödlotsen' : 'Det här kan Stödlotsen',
    intro:
      kind === 'welcome'
        ? 'Stödlotsen är ett stöd för boendepersonal och socialsekreterare i socialt boende med stöd och boendestöd i Göteborg.'
        : 'Skriv ett kommando, tryck på en knapp nedan eller ställ en fråga med egna ord.',
    abilities: ABILITIES,
    commands: COMMANDS.map((c) => ({ text: c.text, description: c.descriptionSv })),
    buttons: COMMANDS.filter((c) => c.inManifest !== false).map((c) => ({ text: c.text })),
    privacyNote:
      'Skriv aldrig personnummer eller namn på den enskilde – använd ärendereferensen. Journalen förs i Treserva; Stödlotsen är inget journalsystem.',
  };
}

export function renderWelcomeCard(data: WelcomeCardData): AdaptiveCardJson {
  return template.render(data);
}
