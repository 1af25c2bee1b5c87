/**
 * Checklist answers ("vad ska stå i underlaget?", "vilka är med på uppstartsmötet?") rendered
 * from the domain's checklist data: notes first, then the items' labels or headings.
 */
import {
  GENOMFORANDEPLAN_BOENDESTOD,
  GENOMFORANDEPLAN_SOCIALT_BOENDE,
  IBIC_LIFE_AREAS,
  PARTICIPANT_ROLE_LABELS,
  SAMLARTEAM_MIN_YES,
  SAMLARTEAM_STATEMENTS,
  SMART_GOAL_TEMPLATE,
  STODNIVAANDRING_PROPOSAL,
  UNDERLAG_FOR_UPPFOLJNING,
  UPPDRAG_CHECKLIST,
  UPPFOLJNINGSMOTE,
  UPPSTARTSMOTE_BOENDESTOD,
  UPPSTARTSMOTE_PARTICIPANTS,
  UPPSTARTSMOTE_SOCIALT_BOENDE,
  type Checklist,
} from '../../domain/checklists';
import { cite, type Citation } from '../../domain/sources';
import type { Topic } from '../types';

export function checklistTopicId(checklistId: string): string {
  return `checklist.${checklistId}`;
}

type ItemStyle = 'label' | 'heading';

interface ChecklistAnswer {
  readonly checklist: Checklist;
  readonly questionSv: string;
  /** Labels read as instructions; headings are shorter for long lists. */
  readonly style: ItemStyle;
  readonly keywordsSv: readonly string[];
  readonly lead?: readonly string[];
  readonly serviceVariants?: Topic['serviceVariants'];
}

function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} och ${words[words.length - 1]}`;
}

function participantsSv(service: keyof typeof UPPSTARTSMOTE_PARTICIPANTS): string {
  const p = UPPSTARTSMOTE_PARTICIPANTS[service];
  const expected = joinAnd(p.expected.map((r) => PARTICIPANT_ROLE_LABELS[r]));
  const exceptional = p.exceptional.map((r) => PARTICIPANT_ROLE_LABELS[r]);
  return exceptional.length > 0 ? `Deltar: ${expected}; ${joinAnd(exceptional)} bara i undantagsfall.` : `Deltar: ${expected}.`;
}

const ANSWERS: readonly ChecklistAnswer[] = [
  {
    checklist: UPPSTARTSMOTE_SOCIALT_BOENDE,
    questionSv: 'Uppstartsmöte – socialt boende med stöd',
    style: 'label',
    keywordsSv: ['uppstartsmöte', 'agenda', 'ta upp', 'deltar', 'vilka är med', 'inflyttning', 'innehåll'],
    serviceVariants: { boendestod: checklistTopicId(UPPSTARTSMOTE_BOENDESTOD.id) },
  },
  {
    checklist: UPPSTARTSMOTE_BOENDESTOD,
    questionSv: 'Uppstartsmöte – boendestöd',
    style: 'heading',
    lead: [participantsSv('boendestod')],
    keywordsSv: ['uppstartsmöte', 'boendestöd', 'handläggaren med', 'undantagsfall', 'arbetssätt'],
    serviceVariants: { socialt_boende_med_stod: checklistTopicId(UPPSTARTSMOTE_SOCIALT_BOENDE.id) },
  },
  {
    checklist: GENOMFORANDEPLAN_SOCIALT_BOENDE,
    questionSv: 'Vad ska genomförandeplanen innehålla?',
    style: 'label',
    keywordsSv: ['genomförandeplan', 'innehålla', 'finnas med', 'vad vem när hur', 'samtycke', 'vill inte vara med', 'medverka', 'delaktighet'],
    serviceVariants: { boendestod: checklistTopicId(GENOMFORANDEPLAN_BOENDESTOD.id) },
  },
  {
    checklist: GENOMFORANDEPLAN_BOENDESTOD,
    questionSv: 'Vad ska genomförandeplanen innehålla i boendestöd?',
    style: 'heading',
    keywordsSv: ['genomförandeplan', 'boendestöd', 'innehålla', 'krisplan', 'smarta delmål', 'livsområde', 'arbetsmetod', 'bemötande', 'kopia'],
    serviceVariants: { socialt_boende_med_stod: checklistTopicId(GENOMFORANDEPLAN_SOCIALT_BOENDE.id) },
  },
  {
    checklist: UNDERLAG_FOR_UPPFOLJNING,
    questionSv: 'Vad ska underlaget för uppföljning innehålla?',
    style: 'heading',
    keywordsSv: ['underlag för uppföljning', 'underlaget', 'sammanfattning', 'genomförandejournal', 'innehålla', 'stå i'],
  },
  {
    checklist: UPPFOLJNINGSMOTE,
    questionSv: 'Checklista för uppföljningsmöte',
    style: 'heading',
    // 001 › Följa upp (handläggare): the step, and its checklist, are the caseworker's
    lead: ['Checklistan används av handläggaren, ansvarig socialsekreterare.'],
    keywordsSv: ['uppföljningsmöte', 'checklista', 'ta upp', 'uppföljning', 'socialsekreterare'],
  },
  {
    checklist: UPPDRAG_CHECKLIST,
    questionSv: 'Vad ska uppdraget innehålla?',
    style: 'heading',
    keywordsSv: ['uppdrag', 'uppdraget', 'innehålla', 'stå i uppdraget', 'sosfs', 'hyra', 'egenavgift', 'hot och våld', 'tolk', 'god man'],
  },
  {
    checklist: STODNIVAANDRING_PROPOSAL,
    questionSv: 'Ändra stödnivå – när och hur?',
    style: 'heading',
    keywordsSv: ['ändra', 'ändring', 'stödnivå', 'föreslå', 'förändrat behov', 'när kan', 'uppföljningsmöte', 'varaktighet', 'underlag'],
  },
];

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * One bullet per item; a heading-style item names its sub-items in brackets. A label-style item
 * whose source is another document than its checklist's adds its help: the other document's rule
 * ("den första nivåbedömningen gäller … minst en månad", 003 in the uppstartsmöte checklist of 001).
 */
function itemLines(checklist: Checklist, style: ItemStyle): string[] {
  return checklist.items.map((item) => {
    const otherRule = item.help !== undefined && item.citation.source !== checklist.citation.source;
    if (style === 'label') return `• ${item.label}${otherRule ? ` ${item.help}` : ''}`;
    const children = item.children?.map((c) => lowerFirst(c.heading)) ?? [];
    return `• ${item.heading}${children.length > 0 ? ` (${children.join(', ')})` : ''}`;
  });
}

/** Answers stay short enough to read in a chat; the framing notes go first when space is short. */
export const MAX_ANSWER_CHARS = 600;

function checklistText(answer: ChecklistAnswer): string {
  const items = itemLines(answer.checklist, answer.style);
  const full = [...(answer.lead ?? []), ...(answer.checklist.notes ?? []), ...items].join('\n');
  return full.length <= MAX_ANSWER_CHARS ? full : [...(answer.lead ?? []), ...items].join('\n');
}

function checklistTopic(answer: ChecklistAnswer): Topic {
  const { checklist } = answer;
  return {
    id: checklistTopicId(checklist.id),
    kind: 'checklist',
    titleSv: answer.questionSv,
    textSv: checklistText(answer),
    citations: [checklist.citation],
    keywordsSv: [checklist.title, ...answer.keywordsSv],
    ...(answer.serviceVariants ? { serviceVariants: answer.serviceVariants } : {}),
  };
}

const SAMLARTEAM_CITATIONS: readonly Citation[] = [
  cite('002', 'Checklista tillsammans med individ innan rekommendation till samlarteamet'),
  cite('002', 'Samlarteamet – ett specialiserat boendestödsteam'),
];

function samlarteamTopic(): Topic {
  return {
    id: 'checklist.samlarteam',
    kind: 'checklist',
    titleSv: 'När ska samlarteamet kontaktas?',
    textSv: [
      `Gå igenom de ${SAMLARTEAM_STATEMENTS.length} påståendena tillsammans med individen. Stämmer minst ${SAMLARTEAM_MIN_YES}: kontakta samlarteamet för ett informationsmöte (sändlistan ”samlarteam FFS SÖ” i Treserva).`,
      ...SAMLARTEAM_STATEMENTS.map((s) => `• ${s.statement}`),
    ].join('\n'),
    citations: SAMLARTEAM_CITATIONS,
    keywordsSv: ['samlarteam', 'samlarsyndrom', 'kontakta', 'checklista', 'påståenden', 'saker', 'fylla i', 'själv', 'självskattning', 'tillsammans', 'rekommendation'],
  };
}

function ibicTopic(): Topic {
  return {
    id: 'checklist.ibic',
    kind: 'checklist',
    titleSv: 'Livsområden enligt IBIC',
    textSv: `Handbokens tabell över individstödande aktiviteter har ${IBIC_LIFE_AREAS.length} livsområden enligt IBIC: ${IBIC_LIFE_AREAS.map((a) => a.name).join('; ')}.\nI boendestöd riktas de SMARTA delmålen i genomförandeplanen mot livsområdena.`,
    citations: [IBIC_LIFE_AREAS[0]?.citation ?? cite('002', 'Individstödande aktiviteter'), cite('002', 'Genomförandeplan')],
    keywordsSv: ['ibic', 'livsområde', 'livsområden', 'delmål', 'vilka livsområden', 'hur många livsområden', 'alla livsområden', 'tabell', 'individstödande aktiviteter'],
  };
}

/** 002 › Genomförandeplan: "SMARTA (specifika, mätbara, angelägna, realistiska & tidsbegränsade) delmål". */
const HANDBOOK_SMART_SV = ['specifika', 'mätbara', 'angelägna', 'realistiska', 'tidsbegränsade'] as const;
const HANDBOOK_SMART_CITATION = cite('002', 'Genomförandeplan');

function smartTopic(): Topic {
  const t = SMART_GOAL_TEMPLATE;
  return {
    id: 'checklist.smart',
    kind: 'checklist',
    titleSv: 'SMARTA mål',
    textSv: [
      `SMART: ${t.criteria.join(' – ')}.`,
      `${t.longTermGoal.label}: ${t.longTermGoal.help}`,
      `Per delmål: ${t.subGoalColumns.map((c) => c.label).join(' | ')}.`,
      // 002 spells the same idea out for boendestöd with other words.
      `I boendestöd: SMARTA delmål är ${HANDBOOK_SMART_SV.join(', ')}, helst inriktade mot ett livsområde.`,
    ].join('\n'),
    citations: [t.citation, HANDBOOK_SMART_CITATION],
    keywordsSv: ['smart', 'smarta', 'mål', 'delmål', 'målformulering', 'långsiktigt mål'],
  };
}

export function checklistTopics(): Topic[] {
  return [...ANSWERS.map(checklistTopic), samlarteamTopic(), ibicTopic(), smartTopic()];
}
