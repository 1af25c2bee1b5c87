import { cite } from '../sources';
import { OPTIONAL, REQUIRED, defineChecklist, when } from './types';

const PROCESS_003 = cite('003', 'Hantering av stödnivåer – process');
const PROCESS_000 = cite('000', 'Hantering av stödnivåer – process');

/**
 * The staff's proposal to adjust the support level. The caseworker decides; the staff's
 * assessment shall be weighed in. The three questions come from the follow-up step of the
 * level process (000/003), which 001's underlag för uppföljning repeats.
 */
export const STODNIVAANDRING_PROPOSAL = defineChecklist({
  id: 'stodnivaandring_proposal',
  title: 'Förslag om ändrad stödnivå',
  service: 'socialt_boende_med_stod',
  citation: PROCESS_003,
  notes: [
    'Det är ansvarig socialsekreterare som bedömer stödnivån, men boendepersonalens bedömning ska vägas in.',
    'Stödnivån justeras som huvudregel vid uppföljningsmötet. Den första nivåbedömningen gäller som huvudregel minst en månad; vid särskilda behov kan nivån justeras tidigare.',
  ],
  items: [
    { id: 'currentLevel', heading: 'Nuvarande stödnivå', label: 'Vilken stödnivå gäller nu?', requirement: REQUIRED, citation: PROCESS_003, seeAlso: [PROCESS_000] },
    { id: 'proposedLevel', heading: 'Föreslagen stödnivå', label: 'Vilken stödnivå föreslår ni?', requirement: REQUIRED, citation: PROCESS_003, seeAlso: [PROCESS_000] },
    {
      id: 'howChanged',
      heading: 'På vilket sätt behovet har förändrats',
      label: 'På vilket sätt har den enskildes behov av stöd ökat eller minskat?',
      requirement: REQUIRED,
      citation: PROCESS_003,
      seeAlso: [PROCESS_000, cite('001', 'Checklista underlag för uppföljning')],
    },
    {
      id: 'reason',
      heading: 'Anledning till det förändrade behovet',
      label: 'Vad beror det förändrade behovet på?',
      requirement: REQUIRED,
      citation: PROCESS_003,
      seeAlso: [PROCESS_000],
    },
    {
      id: 'duration',
      heading: 'Varaktighet över tid',
      label: 'Hur länge väntas det förändrade behovet bestå?',
      requirement: REQUIRED,
      citation: PROCESS_003,
      seeAlso: [PROCESS_000],
    },
    {
      id: 'timing',
      heading: 'Tidpunkt för justering',
      label: 'Ska justeringen tas upp vid uppföljningsmötet eller före det?',
      requirement: REQUIRED,
      citation: PROCESS_003,
      seeAlso: [PROCESS_000],
    },
    {
      id: 'specialNeeds',
      heading: 'Särskilda behov som motiverar tidigare justering',
      label: 'Vilka särskilda behov gör att nivån bör justeras före uppföljningsmötet?',
      requirement: when('adjustmentBeforeFollowUp'),
      citation: PROCESS_003,
      seeAlso: [PROCESS_000],
    },
    {
      id: 'clientView',
      heading: 'Den enskildes syn',
      label: 'Hur ser den enskilde på sitt behov av stöd?',
      help: 'Stödnivån följs upp i dialog med den enskilde.',
      requirement: OPTIONAL,
      citation: cite('001', 'Checklista underlag för uppföljning'),
      seeAlso: [PROCESS_003],
    },
  ],
});
