import { cite } from '../sources';
import { REQUIRED, defineChecklist, when } from './types';

const UPPDRAG = cite('001', 'Checklista uppdrag');

/**
 * What the caseworker's assignment (uppdrag) to the provider must contain: SOSFS 2014:5
 * 5 kap. 22 § plus the local additions. The assignment is written in Treserva, never in
 * Stödlotsen – the first item is listed for completeness only.
 */
export const UPPDRAG_CHECKLIST = defineChecklist({
  id: 'uppdrag',
  title: 'Checklista uppdrag',
  service: 'socialt_boende_med_stod',
  citation: UPPDRAG,
  notes: ['Enligt SOSFS 2014:5 5 kap. 22 § ska uppdraget till utföraren dokumenteras och innehålla punkterna nedan.'],
  items: [
    {
      id: 'identity',
      heading: 'Identitet och kontaktuppgifter',
      label: 'Namn, personnummer och kontaktuppgifter – eller andra uppgifter som gör att personen inte kan förväxlas.',
      help: 'Skrivs bara i Treserva. Skriv aldrig namn eller personnummer i Stödlotsen – använd ärendereferensen.',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'interpreter',
      heading: 'Tolk och kommunikationsstöd',
      label: 'Behövs tolk eller annat stöd för kommunikationen?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'godManForvaltare',
      heading: 'God man eller förvaltare',
      label: 'Finns god man eller förvaltare? Vilka uppdrag har hen, och hur nås hen?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'protectedIdentity',
      heading: 'Skyddade personuppgifter',
      label: 'Har den enskilde skyddade personuppgifter?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'assessedNeeds',
      heading: 'Bedömda behov',
      label: 'Hur har den enskildes behov bedömts?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'assignmentContent',
      heading: 'Vad uppdraget omfattar',
      label: 'Vad ingår i uppdraget?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    { id: 'goals', heading: 'Mål', label: 'Vilka mål gäller för insatsen?', requirement: REQUIRED, citation: UPPDRAG },
    {
      id: 'followUpForms',
      heading: 'Former för uppföljning',
      label: 'Hur ska insatsen följas upp i just det här ärendet?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'returnInformation',
      heading: 'Information som ska återföras vid avslut',
      label: 'Vilken information ska, efter sekretessprövning, återföras till nämnden när insatsen avslutas?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'responsibleCaseworker',
      heading: 'Ansvarig handläggare',
      label: 'Namn och kontaktuppgifter till ansvarig handläggare.',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'currentLevel',
      heading: 'Aktuell stödnivå',
      label: 'Vilken stödnivå gäller?',
      requirement: when('levelRelevant'),
      citation: UPPDRAG,
      seeAlso: [cite('003', 'Hantering av stödnivåer – process'), cite('000', 'Hantering av stödnivåer – process')],
    },
    {
      id: 'sip',
      heading: 'Samordnad individuell plan',
      label: 'Finns en samordnad individuell plan (SIP)?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'rent',
      heading: 'Hyra',
      label: 'Ska den enskilde betala hyra eller inte?',
      help: 'I lägenhetsboende ska det också framgå från vilket datum hyran betalas – stäm av startdatumet med boendepersonalen.',
      requirement: when('apartmentHousing'),
      citation: UPPDRAG,
      seeAlso: [cite('003', 'Hantering av stödnivåer – process')],
    },
    {
      id: 'egenavgift',
      heading: 'Egenavgift',
      label: 'Ska den enskilde betala egenavgift? Det ska stå tydligt, eftersom utföraren ska arbeta aktivt för att avgiften betalas.',
      requirement: when('clientPaysEgenavgift'),
      citation: UPPDRAG,
    },
    {
      id: 'threatsAndViolence',
      heading: 'Hot- och våldshistorik',
      label: 'Finns en historik av hot eller våld?',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
    {
      id: 'handedOver',
      heading: 'När uppdraget lämnades till utföraren',
      label: 'Dokumentera när uppdraget, efter sekretessprövning, lämnades till utföraren.',
      requirement: REQUIRED,
      citation: UPPDRAG,
    },
  ],
});
