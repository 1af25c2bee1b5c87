import { cite, type Citation } from '../sources';

const IBIC = cite('002', 'Individstödande aktiviteter');

/** Life areas (livsområden) according to IBIC, in the order of 002's table. */
export const IBIC_LIFE_AREA_IDS = [
  'larande',
  'allmannaUppgifter',
  'kommunikation',
  'forflyttning',
  'personligVard',
  'hemliv',
  'relationer',
  'utbildningArbeteEkonomi',
  'samhallsgemenskap',
  'trygghet',
] as const;
export type IbicLifeAreaId = (typeof IBIC_LIFE_AREA_IDS)[number];

export interface IbicLifeArea {
  readonly id: IbicLifeAreaId;
  readonly name: string;
  readonly description: string;
  readonly citation: Citation;
}

const NAMES_AND_DESCRIPTIONS: Readonly<Record<IbicLifeAreaId, readonly [name: string, description: string]>> = {
  larande: ['Lärande och att tillämpa kunskap', 'Att ta reda på saker, lösa problem och fatta beslut.'],
  allmannaUppgifter: ['Allmänna uppgifter och krav', 'Dagliga rutiner och att hantera stress.'],
  kommunikation: ['Kommunikation', 'Att ta emot information, uttrycka sig och använda kommunikationsutrustning.'],
  forflyttning: ['Förflyttning', 'Att röra sig i olika miljöer, lyfta och bära och använda transportmedel.'],
  personligVard: ['Personlig vård', 'Hygien, kroppsvård och ansvar för den egna hälsan och säkerheten.'],
  hemliv: ['Hemliv', 'Att skaffa och sköta en bostad, handla, laga mat och städa, och att bistå andra i hemmet.'],
  relationer: ['Mellanmänskliga interaktioner och relationer', 'Att skapa och behålla relationer med andra.'],
  utbildningArbeteEkonomi: [
    'Utbildning, arbete, sysselsättning och ekonomiskt liv',
    'Att få och behålla ett arbete, hantera pengar och ansöka om olika saker.',
  ],
  samhallsgemenskap: [
    'Samhällsgemenskap, socialt och medborgerligt liv',
    'Att delta i sammanhang utanför familjen, till exempel fritid eller allmänna val.',
  ],
  trygghet: ['Känsla av trygghet', 'Hur trygg den enskilde känner sig i olika sammanhang.'],
};

export const IBIC_LIFE_AREAS: readonly IbicLifeArea[] = Object.freeze(
  IBIC_LIFE_AREA_IDS.map((id) => {
    const [name, description] = NAMES_AND_DESCRIPTIONS[id];
    return Object.freeze({ id, name, description, citation: IBIC });
  }),
);

export function ibicLifeAreaName(id: IbicLifeAreaId): string {
  return NAMES_AND_DESCRIPTIONS[id][0];
}
