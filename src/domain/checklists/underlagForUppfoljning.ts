import { cite } from '../sources';
import { OPTIONAL, REQUIRED, defineChecklist, when } from './types';

const UNDERLAG = cite('001', 'Checklista underlag för uppföljning');
const LEVEL_PROCESS = cite('003', 'Hantering av stödnivåer – process');

/** The staff's material for the caseworker's follow-up, documented in the genomförandejournal. */
export const UNDERLAG_FOR_UPPFOLJNING = defineChecklist({
  id: 'underlag_for_uppfoljning',
  title: 'Underlag för uppföljning',
  service: 'socialt_boende_med_stod',
  citation: UNDERLAG,
  notes: [
    'Underlaget dokumenteras i genomförandejournalen.',
    'När underlaget är klart meddelas ansvarig socialsekreterare via meddelandefunktionen i Treserva.',
  ],
  items: [
    {
      id: 'sinceLastFollowUp',
      heading: 'Hur det har fungerat sedan föregående uppföljning',
      label: 'Hur har det fungerat i boendet sedan förra uppföljningen?',
      requirement: REQUIRED,
      citation: UNDERLAG,
    },
    {
      id: 'rentPaid',
      heading: 'Hyra och egenavgift',
      label: 'Har den enskilde betalat hyra och/eller egenavgift?',
      requirement: when('clientPaysRent'),
      citation: UNDERLAG,
    },
    {
      id: 'significantEvents',
      heading: 'Händelser av vikt',
      label: 'Har något viktigt hänt sedan förra uppföljningen?',
      requirement: OPTIONAL,
      citation: UNDERLAG,
    },
    {
      id: 'goalFollowUp',
      heading: 'Uppföljning av uppdraget utifrån mål och delmål',
      label: 'Följ upp uppdraget mål för mål: grad av måluppfyllelse.',
      requirement: REQUIRED,
      citation: UNDERLAG,
      children: [
        { id: 'goalsMet', heading: 'Måluppfyllelse', label: 'Är målet uppfyllt?', requirement: REQUIRED, citation: UNDERLAG },
        {
          id: 'achievedHow',
          heading: 'Vad som har uppnåtts och hur',
          label: 'Vad har uppnåtts, och hur?',
          requirement: OPTIONAL,
          citation: UNDERLAG,
        },
        { id: 'remaining', heading: 'Vad som kvarstår', label: 'Vad återstår?', requirement: OPTIONAL, citation: UNDERLAG },
      ],
    },
    {
      id: 'boendekartlaggningResult',
      heading: 'Resultat av boendekartläggning',
      label: 'Vad visade den genomförda boendekartläggningen?',
      requirement: when('boendekartlaggningDone'),
      citation: UNDERLAG,
    },
    {
      id: 'newNeeds',
      heading: 'Behov som har tillkommit',
      label: 'Har den enskilde fått nya behov? Beskriv dem.',
      requirement: OPTIONAL,
      citation: UNDERLAG,
    },
    {
      id: 'levelAdjustment',
      heading: 'Behov av att justera stödnivån',
      label: 'Behöver stödnivån justeras, och av vilka skäl?',
      requirement: when('levelChangeRelevant'),
      citation: UNDERLAG,
      seeAlso: [LEVEL_PROCESS, cite('000', 'Hantering av stödnivåer – process')],
      children: [
        {
          id: 'howChanged',
          heading: 'På vilket sätt',
          label: 'På vilket sätt har den enskildes behov av stöd ökat eller minskat?',
          requirement: REQUIRED,
          citation: UNDERLAG,
        },
        {
          id: 'reason',
          heading: 'Anledning till det förändrade behovet',
          label: 'Vad beror det förändrade behovet på?',
          requirement: REQUIRED,
          citation: UNDERLAG,
        },
        {
          id: 'duration',
          heading: 'Varaktighet över tid',
          label: 'Hur länge väntas det förändrade behovet bestå?',
          requirement: REQUIRED,
          citation: UNDERLAG,
        },
      ],
    },
    {
      id: 'clientPerspective',
      heading: 'Den enskildes perspektiv',
      label: 'Hur ser den enskilde själv på insatsen och sin situation? Det ska framgå tydligt.',
      requirement: REQUIRED,
      citation: UNDERLAG,
    },
  ],
});
