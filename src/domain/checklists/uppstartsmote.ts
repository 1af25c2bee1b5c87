import { cite } from '../sources';
import { OPTIONAL, REQUIRED, defineChecklist, when } from './types';

const SBMS = cite('001', 'Uppstartsmöte – ramar och förslag på innehåll');
const BOENDESTOD = cite('002', 'Uppstartsmöte');

export const PARTICIPANT_ROLES = ['client', 'caseworker', 'contactStaff'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PARTICIPANT_ROLE_LABELS: Readonly<Record<ParticipantRole, string>> = Object.freeze({
  client: 'den enskilde',
  caseworker: 'ansvarig socialsekreterare',
  contactStaff: 'kontaktpersonal',
});

/** Who takes part: all three in socialt boende med stöd; the caseworker only by exception in boendestöd. */
export const UPPSTARTSMOTE_PARTICIPANTS = Object.freeze({
  socialt_boende_med_stod: Object.freeze({
    expected: Object.freeze(['client', 'caseworker', 'contactStaff'] as const),
    exceptional: Object.freeze([] as const),
    citation: SBMS,
  }),
  boendestod: Object.freeze({
    expected: Object.freeze(['client', 'contactStaff'] as const),
    exceptional: Object.freeze(['caseworker'] as const),
    citation: BOENDESTOD,
  }),
});

export const UPPSTARTSMOTE_SOCIALT_BOENDE = defineChecklist({
  id: 'uppstartsmote_socialt_boende',
  title: 'Uppstartsmöte – socialt boende med stöd',
  service: 'socialt_boende_med_stod',
  citation: SBMS,
  notes: [
    'Mötet hålls när den enskilde har flyttat in. Syftet är att gå igenom uppdraget och göra det konkret så att alla har samma bild av målen med insatsen.',
  ],
  items: [
    {
      id: 'participants',
      heading: 'Deltagare',
      label: 'Vilka deltog? Den enskilde, ansvarig socialsekreterare och kontaktpersonal ska vara med.',
      requirement: REQUIRED,
      citation: SBMS,
    },
    {
      id: 'sinceMoveIn',
      heading: 'Hur det har fungerat sedan inflyttningen',
      label: 'Hur har det fungerat i boendet sedan den enskilde flyttade in?',
      requirement: REQUIRED,
      citation: SBMS,
    },
    {
      id: 'assignmentReview',
      heading: 'Genomgång och revidering av uppdraget',
      label: 'Gå igenom uppdraget och revidera det standardiserade uppdrag som skrevs inför inflyttningen.',
      help: 'Här görs uppdraget mer anpassat till den enskilde.',
      requirement: REQUIRED,
      citation: SBMS,
      seeAlso: [cite('001', 'Mall för inledande uppdrag vid placering i kort- och långsiktigt boende')],
    },
    {
      id: 'clientGoals',
      heading: 'Den enskildes tankar och mål',
      label: 'Vad tänker den enskilde om insatsen, vilka mål har hen och vilka mål vill hen prioritera?',
      requirement: REQUIRED,
      citation: SBMS,
      children: [
        {
          id: 'thoughtsAndGoals',
          heading: 'Tankar och mål',
          label: 'Den enskildes egna tankar och mål med insatsen',
          requirement: REQUIRED,
          citation: SBMS,
        },
        {
          id: 'prioritisedGoals',
          heading: 'Mål som den enskilde vill prioritera',
          label: 'Vilka mål vill den enskilde prioritera?',
          requirement: OPTIONAL,
          citation: SBMS,
        },
      ],
    },
    {
      id: 'followUp',
      heading: 'Uppföljning',
      label: 'Hur och när ska insatsen följas upp? Boka tid för det första uppföljningsmötet.',
      requirement: REQUIRED,
      citation: SBMS,
      children: [
        {
          id: 'how',
          heading: 'Hur uppföljningen ska ske',
          label: 'Hur ska uppföljningen gå till?',
          requirement: REQUIRED,
          citation: SBMS,
        },
        {
          id: 'firstMeeting',
          heading: 'Första uppföljningsmöte',
          label: 'Bokad tid för det första uppföljningsmötet',
          requirement: REQUIRED,
          citation: SBMS,
        },
      ],
    },
    {
      id: 'levelCheck',
      heading: 'Avstämning av stödnivå',
      label: 'Stäm av stödnivån tillsammans (boendepersonal och socialsekreterare).',
      help: 'Den första nivåbedömningen gäller som huvudregel minst en månad. Finns (särskilda) behov kan nivån justeras tidigare.',
      requirement: REQUIRED,
      citation: cite('003', 'Hantering av stödnivåer – process'),
      seeAlso: [cite('000', 'Hantering av stödnivåer – process')],
    },
  ],
});

export const UPPSTARTSMOTE_BOENDESTOD = defineChecklist({
  id: 'uppstartsmote_boendestod',
  title: 'Uppstartsmöte – boendestöd',
  service: 'boendestod',
  citation: BOENDESTOD,
  notes: [
    'Socialsekreteraren deltar bara i undantagsfall, till exempel i helt nya ärenden utan tidigare information eller i särskilt komplexa ärenden. Det vägs mot att insatsen ska komma i gång snabbt.',
  ],
  items: [
    {
      id: 'participants',
      heading: 'Deltagare',
      label: 'Vilka deltog? Normalt den enskilde och boendestödet.',
      requirement: REQUIRED,
      citation: BOENDESTOD,
    },
    {
      id: 'workingMethods',
      heading: 'Boendestödets arbetssätt',
      label: 'Berätta hur boendestödet arbetar och att genomförandeplanen tas fram tillsammans med kontaktpersonal utifrån uppdraget.',
      requirement: REQUIRED,
      citation: BOENDESTOD,
    },
    {
      id: 'assignmentReview',
      heading: 'Genomgång av uppdraget',
      label: 'Gå igenom uppdraget från socialsekreteraren tillsammans med den enskilde.',
      requirement: REQUIRED,
      citation: BOENDESTOD,
    },
    {
      id: 'genomforandeplanStart',
      heading: 'Genomförandeplan',
      label: 'Påbörja genomförandeplanen på mötet – går det inte, gör det vid nästa insatstillfälle.',
      requirement: REQUIRED,
      citation: BOENDESTOD,
      seeAlso: [cite('002', 'Genomförandeplan')],
    },
    {
      id: 'caseworkerReason',
      heading: 'Skäl till att socialsekreteraren deltog',
      label: 'Varför deltog socialsekreteraren (till exempel helt nytt ärende eller särskilt komplext ärende)?',
      requirement: when('caseworkerAttends'),
      citation: BOENDESTOD,
    },
  ],
});
