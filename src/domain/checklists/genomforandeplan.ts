import { cite } from '../sources';
import { OPTIONAL, REQUIRED, defineChecklist, when } from './types';

const SBMS = cite('001', 'Genomförandeplan');
const BOENDESTOD = cite('002', 'Genomförandeplan');

export const GENOMFORANDEPLAN_SOCIALT_BOENDE = defineChecklist({
  id: 'genomforandeplan_socialt_boende',
  title: 'Genomförandeplan – socialt boende med stöd',
  service: 'socialt_boende_med_stod',
  citation: SBMS,
  notes: [
    'Genomförandeplanen är grunden för hur utföraren planerar arbetet med uppdraget och upprättas i utförarens verksamhetssystem.',
    'Den första planen upprättas inom ungefär 14 dagar och kan revideras så snart det behövs.',
  ],
  items: [
    { id: 'what', heading: 'Vad som ska göras', label: 'Vad ska göras?', requirement: REQUIRED, citation: SBMS },
    { id: 'who', heading: 'Vem som gör vad', label: 'Vem ska göra vad?', requirement: REQUIRED, citation: SBMS },
    { id: 'when', heading: 'När', label: 'När ska det göras?', requirement: REQUIRED, citation: SBMS },
    { id: 'how', heading: 'Hur', label: 'Hur ska det göras?', requirement: REQUIRED, citation: SBMS },
    {
      id: 'participation',
      heading: 'Den enskildes delaktighet',
      label: 'Har den enskilde samtyckt till och medverkat i att ta fram planen?',
      requirement: REQUIRED,
      citation: SBMS,
    },
    {
      id: 'participationEfforts',
      heading: 'Så har delaktighet eftersträvats',
      label: 'Den enskilde har inte samtyckt eller inte velat medverka: markera det i planen och beskriv hur ni har försökt göra hen delaktig.',
      requirement: when('clientDeclinedParticipation'),
      citation: SBMS,
    },
    {
      id: 'notifyCaseworker',
      heading: 'Meddela ansvarig handläggare',
      label: 'Meddela ansvarig handläggare via meddelandefunktionen i Treserva att planen är upprättad.',
      requirement: REQUIRED,
      kind: 'action',
      citation: SBMS,
    },
  ],
});

export const GENOMFORANDEPLAN_BOENDESTOD = defineChecklist({
  id: 'genomforandeplan_boendestod',
  title: 'Genomförandeplan – boendestöd',
  service: 'boendestod',
  citation: BOENDESTOD,
  notes: [
    'Planen påbörjas vid eller direkt efter uppstartsmötet och ska vara klar fyra veckor efter verkställighetsdatum.',
  ],
  items: [
    {
      id: 'implementationDate',
      heading: 'Verkställighetsdatum',
      label: 'Vilket datum verkställdes insatsen? Planen ska vara klar fyra veckor därefter.',
      requirement: REQUIRED,
      citation: BOENDESTOD,
    },
    {
      id: 'participation',
      heading: 'Den enskildes delaktighet',
      label: 'Hur har den enskilde varit med och tagit fram planen, och har hen fått frågan om någon annan ska delta?',
      requirement: REQUIRED,
      citation: BOENDESTOD,
    },
    {
      id: 'otherPlans',
      heading: 'Andra planer som berör den enskilde',
      label: 'Finns andra planer att samordna med, till exempel samlarteam, daglig verksamhet, SIP eller IPS?',
      requirement: OPTIONAL,
      citation: BOENDESTOD,
    },
    {
      id: 'delmal',
      heading: 'Delmål per livsområde',
      label: 'SMARTA delmål inriktade på livsområden enligt IBIC: vad ska uppnås, när, när målet väntas vara nått och hur.',
      requirement: REQUIRED,
      citation: BOENDESTOD,
      seeAlso: [cite('002', 'Individstödande aktiviteter')],
      children: [
        { id: 'lifeArea', heading: 'Livsområde', label: 'Vilket livsområde gäller delmålet?', requirement: REQUIRED, citation: BOENDESTOD },
        { id: 'what', heading: 'Delmål', label: 'Vad ska uppnås?', requirement: REQUIRED, citation: BOENDESTOD },
        { id: 'when', heading: 'När', label: 'När ska det göras?', requirement: REQUIRED, citation: BOENDESTOD },
        {
          id: 'expectedBy',
          heading: 'Måluppfyllelse väntas',
          label: 'När väntas målet vara uppnått?',
          requirement: REQUIRED,
          citation: BOENDESTOD,
        },
        { id: 'how', heading: 'Hur', label: 'Hur ska insatsen genomföras?', requirement: REQUIRED, citation: BOENDESTOD },
      ],
    },
    {
      id: 'arbetsmetod',
      heading: 'Arbetsmetod',
      label: 'Hur ska boendestödet stötta den enskilde i genomförandet?',
      requirement: REQUIRED,
      citation: BOENDESTOD,
    },
    {
      id: 'bemotande',
      heading: 'Bemötande',
      label: 'Hur vill den enskilde bli bemött av personalen?',
      requirement: REQUIRED,
      citation: BOENDESTOD,
    },
    {
      id: 'krisplan',
      heading: 'Krisplan',
      label: 'Vad ska göras om hälsan eller måendet försämras, och vem får kontaktas enligt den enskildes samtycke?',
      requirement: REQUIRED,
      citation: BOENDESTOD,
      children: [
        { id: 'measures', heading: 'Åtgärder', label: 'Åtgärder vid försämring', requirement: REQUIRED, citation: BOENDESTOD },
        {
          id: 'contactConsent',
          heading: 'Samtycke till kontakt',
          label: 'Har den enskilde samtyckt till att någon kontaktas, och i så fall vem eller vilka?',
          requirement: REQUIRED,
          citation: BOENDESTOD,
        },
      ],
    },
    {
      id: 'copyToClient',
      heading: 'Kopia till den enskilde',
      label: 'Lämna en kopia av planen till den enskilde.',
      requirement: REQUIRED,
      kind: 'action',
      citation: BOENDESTOD,
    },
    {
      id: 'notifyTeamAndCaseworker',
      heading: 'Meddela teamet och socialsekreteraren',
      label: 'Meddela övriga boendestödjare i teamet och socialsekreteraren att planen är klar.',
      requirement: REQUIRED,
      kind: 'action',
      citation: BOENDESTOD,
    },
  ],
});
