import { cite, type Citation } from '../sources';

const CHECKLIST = cite('002', 'Checklista tillsammans med individ innan rekommendation till samlarteamet');
const TEAM = cite('002', 'Samlarteamet – ett specialiserat boendestödsteam');

/** The five statements gone through together with the client, in 002's order (first person). */
export const SAMLARTEAM_STATEMENTS = Object.freeze([
  Object.freeze({
    id: 'roomsUnusable',
    statement: 'Jag kan inte använda ett eller flera rum i mitt hem som tänkt, eftersom saker är i vägen.',
    citation: CHECKLIST,
  }),
  Object.freeze({
    id: 'distressWhenDiscarding',
    statement: 'Jag mår dåligt, blir ångestfylld eller ledsen när jag ska göra mig av med saker, även sådant jag har mycket av.',
    citation: CHECKLIST,
  }),
  Object.freeze({
    id: 'acquiring',
    statement: 'Jag har svårt att låta bli att köpa saker eller ta med mig saker hem, till exempel från soprummet.',
    citation: CHECKLIST,
  }),
  Object.freeze({
    id: 'consequences',
    statement: 'Mängden saker hemma ger mig problem, till exempel med hälsan, ekonomin eller nära relationer.',
    citation: CHECKLIST,
  }),
  Object.freeze({
    id: 'decisions',
    statement: 'Jag har svårt att bestämma vad jag ska slänga och vad jag ska behålla.',
    citation: CHECKLIST,
  }),
] as const);

export type SamlarteamStatementId = (typeof SAMLARTEAM_STATEMENTS)[number]['id'];
/** true = the client answered "Ja" (the statement fits). */
export type SamlarteamAnswers = Readonly<Record<SamlarteamStatementId, boolean>>;

/** 002: two to three of the five should be "Ja" before the team is contacted. */
export const SAMLARTEAM_MIN_YES = 2;

export interface SamlarteamAdvice {
  readonly yesCount: number;
  readonly contactTeam: boolean;
  readonly messageSv: string;
  readonly citations: readonly Citation[];
}

const MESSAGES_SV = {
  contact:
    'Kontakta samlarteamet för ett informationsmöte, via Treservas gemensamma sändlista ”samlarteam FFS SÖ”. ' +
    'Väg också in hur påståendena hänger ihop – kombinationen är viktig i bedömningen.',
  noContact:
    'Färre än två påståenden stämmer. Checklistan talar inte för kontakt med samlarteamet, ' +
    'men gör alltid en samlad bedömning tillsammans med den enskilde.',
} as const;

export function samlarteamAdvice(answers: SamlarteamAnswers): SamlarteamAdvice {
  const yesCount = SAMLARTEAM_STATEMENTS.filter((item) => answers[item.id]).length;
  const contactTeam = yesCount >= SAMLARTEAM_MIN_YES;
  return Object.freeze({
    yesCount,
    contactTeam,
    messageSv: contactTeam ? MESSAGES_SV.contact : MESSAGES_SV.noContact,
    citations: Object.freeze([CHECKLIST, TEAM]),
  });
}
