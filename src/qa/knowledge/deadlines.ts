/**
 * Deadline answers from the domain's deadline rules: the figures are the rules' own constants,
 * titles and citations come from PROCESS_RULES; only the sentence around them is written here.
 */
import {
  DAGANTECKNINGAR_MAX_DAYS,
  FIRST_CONTACT_WORKING_DAYS,
  GP_BOENDESTOD_CALENDAR_DAYS,
  GP_SBMS_CALENDAR_DAYS,
  IMPLEMENTATION_MONTHS,
  IVO_REPORT_MONTHS,
  LEVEL_MINIMUM_MONTHS,
  PROCESS_RULES,
  UNDERLAG_LEAD_WORKING_DAYS,
  type ProcessRuleId,
} from '../../domain/deadlines';
import type { Service } from '../../domain/case';
import type { Topic } from '../types';

export function deadlineTopicId(ruleId: ProcessRuleId): string {
  return `deadline.${ruleId}`;
}

function months(n: number): string {
  return n === 1 ? '1 månad' : `${n} månader`;
}

function weeks(days: number): string {
  return days % 7 === 0 ? `${days / 7} veckor` : `${days} dagar`;
}

interface DeadlineAnswer {
  readonly questionSv: string;
  readonly textSv: readonly string[];
  readonly keywordsSv: readonly string[];
  readonly relatedIds?: readonly ProcessRuleId[];
  readonly serviceVariants?: Readonly<Partial<Record<Service, ProcessRuleId>>>;
}

/** The rules staff ask about; milestones without a time limit are answered by the checklists. */
const ANSWERS: Partial<Record<ProcessRuleId, DeadlineAnswer>> = {
  gp_ready_sbms: {
    questionSv: 'När ska genomförandeplanen vara klar?',
    textSv: [
      `Socialt boende med stöd: den första genomförandeplanen upprättas inom ca ${GP_SBMS_CALENDAR_DAYS} dagar efter inflyttningen och kan revideras när det behövs.`,
      'Meddela ansvarig handläggare via meddelandefunktionen i Treserva när planen är upprättad.',
      `Boendestöd: klar ${weeks(GP_BOENDESTOD_CALENDAR_DAYS)} efter verkställighetsdatum.`,
    ],
    keywordsSv: ['genomförandeplan', 'när klar', 'klar inom', 'hur lång tid', 'deadline', 'senast', 'dagar', 'första planen', 'socialt boende med stöd'],
    relatedIds: ['gp_ready_boendestod'],
    serviceVariants: { boendestod: 'gp_ready_boendestod' },
  },
  gp_ready_boendestod: {
    questionSv: 'När ska genomförandeplanen vara klar i boendestöd?',
    textSv: [
      `Boendestöd: genomförandeplanen påbörjas vid eller direkt efter uppstartsmötet och ska vara klar ${weeks(GP_BOENDESTOD_CALENDAR_DAYS)} efter verkställighetsdatum.`,
      'Lämna en kopia till den enskilde och meddela teamet och socialsekreteraren när den är klar.',
    ],
    keywordsSv: ['genomförandeplan', 'boendestöd', 'när klar', 'veckor', 'verkställighetsdatum', 'deadline', 'senast'],
    relatedIds: ['gp_ready_sbms'],
    serviceVariants: { socialt_boende_med_stod: 'gp_ready_sbms' },
  },
  first_contact_boendestod: {
    questionSv: 'När ska boendestödet kontakta den enskilde?',
    textSv: [
      `Boendestödet kontaktar den enskilde inom ${FIRST_CONTACT_WORKING_DAYS} vardagar från att uppdraget kom in, om socialsekreteraren inte har gett andra anvisningar.`,
      'Därefter planeras tider, plats och ett uppstartsmöte tillsammans med den enskilde.',
    ],
    keywordsSv: ['första kontakt', 'kontakta', 'vardagar', 'uppdraget kommit', 'inkommet uppdrag', 'hur snabbt', 'boendestöd'],
  },
  implementation_boendestod: {
    questionSv: 'När ska boendestödet vara verkställt?',
    textSv: [
      `Boendestödet ska verkställas skyndsamt, senast inom ${months(IMPLEMENTATION_MONTHS)} från att uppdraget kom in.`,
      'Beslutet är verkställt när den enskilde börjar ta emot stödet – vid uppstartsmötet eller nästa insatstillfälle.',
    ],
    keywordsSv: ['verkställa', 'verkställt', 'verkställighet', 'senast', 'månad', 'boendestöd', 'komma igång'],
    relatedIds: ['ivo_report_boendestod'],
  },
  ivo_report_boendestod: {
    questionSv: 'När ska ett ej verkställt beslut rapporteras till IVO?',
    textSv: [
      `Har boendestödet inte kunnat verkställas inom ${months(IVO_REPORT_MONTHS)} rapporterar socialsekreteraren det till IVO som ett ej verkställt beslut.`,
      'Boendestödet ska tydligt meddela i Treserva när beslutet är helt eller delvis verkställt.',
    ],
    keywordsSv: ['ivo', 'rapportera', 'anmäla', 'ej verkställt beslut', 'inte verkställt', 'månader'],
  },
  daganteckningar_summary_boendestod: {
    questionSv: 'Hur ofta ska daganteckningarna sammanställas?',
    textSv: [
      `Daganteckningarna sammanställs och förs över till journalen var tredje månad (högst ${DAGANTECKNINGAR_MAX_DAYS} dagar) eller oftare.`,
      'Anteckningarna är arbetsmaterial och raderas när sammanställningen är gjord.',
    ],
    keywordsSv: ['daganteckningar', 'sammanställning', 'journal', 'hur ofta', 'dagar', 'radera', 'tre månader'],
  },
  underlag_before_follow_up_sbms: {
    questionSv: 'När ska underlaget för uppföljning vara klart?',
    textSv: [
      'Underlaget ska vara klart inför uppföljningsmötet, dokumenterat i genomförandejournalen, och handläggaren meddelas via Treserva.',
      `Källan anger ingen exakt tidsgräns; Stödlotsen påminner ${UNDERLAG_LEAD_WORKING_DAYS} arbetsdagar före mötet.`,
    ],
    keywordsSv: ['underlag för uppföljning', 'underlaget klart', 'när klart', 'inför uppföljningsmötet', 'deadline'],
  },
  level_change_earliest_sbms: {
    questionSv: 'Hur länge gäller den första nivåbedömningen?',
    textSv: [
      `Den första nivåbedömningen gäller fram till nästa uppföljning eller omprövning, som huvudregel minst ${months(LEVEL_MINIMUM_MONTHS)}.`,
      'Nivån justeras som huvudregel i samband med uppföljningsmötet; finns särskilda behov kan den justeras tidigare.',
    ],
    keywordsSv: ['första nivåbedömningen', 'initial', 'hur länge gäller', 'minst en månad', 'innan en månad', 'höja', 'sänka', 'tidigare', 'månad', 'inflyttning', 'inflytt'],
  },
  follow_up_booked_sbms: {
    questionSv: 'När bokas uppföljningsmötet?',
    textSv: [
      'Tid för det första uppföljningsmötet bokas på uppstartsmötet.',
      'På varje uppföljningsmöte bokas tid för nästa.',
    ],
    keywordsSv: ['boka', 'bokas', 'första uppföljningsmötet', 'nästa uppföljningsmöte', 'när'],
  },
};

function variantIds(variants: Readonly<Partial<Record<Service, ProcessRuleId>>>): Partial<Record<Service, string>> {
  const out: Partial<Record<Service, string>> = {};
  for (const [service, ruleId] of Object.entries(variants) as [Service, ProcessRuleId][]) out[service] = deadlineTopicId(ruleId);
  return out;
}

export function deadlineTopics(): Topic[] {
  return (Object.entries(ANSWERS) as [ProcessRuleId, DeadlineAnswer][]).map(([ruleId, answer]) => {
    const rule = PROCESS_RULES[ruleId];
    return {
      id: deadlineTopicId(ruleId),
      kind: 'deadline',
      titleSv: answer.questionSv,
      textSv: answer.textSv.join('\n'),
      citations: rule.citations,
      keywordsSv: [rule.title, ...answer.keywordsSv],
      ...(answer.relatedIds ? { relatedIds: answer.relatedIds.map(deadlineTopicId) } : {}),
      ...(answer.serviceVariants ? { serviceVariants: variantIds(answer.serviceVariants) } : {}),
    };
  });
}
