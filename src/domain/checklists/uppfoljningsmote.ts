import { cite } from '../sources';
import { OPTIONAL, REQUIRED, defineChecklist, when } from './types';

const MOTE = cite('001', 'Checklista för uppföljningsmöte');

/** The caseworker's checklist for the follow-up meeting. */
export const UPPFOLJNINGSMOTE = defineChecklist({
  id: 'uppfoljningsmote',
  title: 'Uppföljningsmöte',
  service: 'socialt_boende_med_stod',
  citation: MOTE,
  notes: [
    'Stödnivån följs upp i dialog med den enskilde. Justering sker som huvudregel i samband med uppföljningsmötet, tidigare om särskilda behov finns.',
  ],
  items: [
    {
      id: 'sinceLastFollowUp',
      heading: 'Hur det har fungerat sedan föregående uppföljning',
      label: 'Hur har det fungerat i boendet sedan förra uppföljningen?',
      requirement: REQUIRED,
      citation: MOTE,
    },
    {
      id: 'rentPaid',
      heading: 'Hyra och egenavgift',
      label: 'Har den enskilde betalat hyra och/eller egenavgift?',
      requirement: when('clientPaysRent'),
      citation: MOTE,
    },
    {
      id: 'progress',
      heading: 'Vad som har hänt i processen',
      label: 'Vad har hänt i processen? Lyft också fram de framsteg och den utveckling den enskilde har gjort.',
      requirement: REQUIRED,
      citation: MOTE,
    },
    {
      id: 'significantEvents',
      heading: 'Händelser av vikt',
      label: 'Har något viktigt hänt sedan förra uppföljningen?',
      requirement: OPTIONAL,
      citation: MOTE,
    },
    {
      id: 'assignmentCheck',
      heading: 'Avstämning av uppdraget',
      label: 'Stäm av uppdraget mål för mål.',
      requirement: REQUIRED,
      citation: MOTE,
      children: [
        { id: 'goalsMet', heading: 'Måluppfyllelse', label: 'Vilka mål är uppfyllda?', requirement: REQUIRED, citation: MOTE },
        {
          id: 'achievedHow',
          heading: 'Vad som har uppnåtts och hur',
          label: 'Vad har uppnåtts, och hur?',
          requirement: OPTIONAL,
          citation: MOTE,
        },
        { id: 'remaining', heading: 'Vad som kvarstår', label: 'Vad återstår?', requirement: OPTIONAL, citation: MOTE },
      ],
    },
    {
      id: 'newNeeds',
      heading: 'Behov som har tillkommit',
      label: 'Har det tillkommit nya behov?',
      requirement: OPTIONAL,
      citation: MOTE,
    },
    {
      id: 'levelAdjustment',
      heading: 'Behov av att justera stödnivån',
      label: 'Behöver stödnivån justeras, och av vilka skäl?',
      requirement: when('levelChangeRelevant'),
      citation: MOTE,
      seeAlso: [cite('003', 'Hantering av stödnivåer – process'), cite('000', 'Hantering av stödnivåer – process')],
      children: [
        {
          id: 'reason',
          heading: 'Anledning till det förändrade behovet',
          label: 'Vad beror det förändrade behovet på?',
          requirement: REQUIRED,
          citation: MOTE,
        },
        {
          id: 'duration',
          heading: 'Varaktighet över tid',
          label: 'Hur länge väntas det förändrade behovet bestå?',
          requirement: REQUIRED,
          citation: MOTE,
        },
      ],
    },
    {
      id: 'nextMeeting',
      heading: 'Nästa uppföljningsmöte',
      label: 'Boka tid för nästa uppföljningsmöte.',
      requirement: REQUIRED,
      citation: MOTE,
    },
    {
      id: 'clientExperience',
      heading: 'Den enskildes upplevelse',
      label: 'Ge den enskilde utrymme att berätta hur hen upplever insatsen och sitt behov av stöd.',
      requirement: REQUIRED,
      citation: MOTE,
    },
  ],
});
