import { describe, expect, it } from 'vitest';
import {
  GENOMFORANDEPLAN_BOENDESTOD,
  GENOMFORANDEPLAN_SOCIALT_BOENDE,
  STODNIVAANDRING_PROPOSAL,
  UNDERLAG_FOR_UPPFOLJNING,
  UPPDRAG_CHECKLIST,
  UPPFOLJNINGSMOTE,
  UPPSTARTSMOTE_BOENDESTOD,
  UPPSTARTSMOTE_SOCIALT_BOENDE,
  applicableItems,
  isApplicable,
  type Checklist,
  type ChecklistItem,
  type ConditionName,
} from '../../../src/domain/checklists';
import type { SourceId } from '../../../src/domain/sources';
import { flatten, seedText } from './seedText';

type Req = 'required' | 'optional' | ConditionName;

/** [item id, source the phrase is in, phrase in that seed (null: structural item), requirement] */
type Row = readonly [id: string, source: SourceId, phrase: string | null, requirement: Req];

interface Expectation {
  readonly checklist: Checklist;
  /** Where in the seed the checklist starts: phrases are searched in order from here. */
  readonly anchor: Readonly<Partial<Record<SourceId, string>>>;
  readonly rows: readonly Row[];
}

const EXPECTATIONS: readonly Expectation[] = [
  {
    // 001 › Uppstartsmöte – ramar och förslag på innehåll; level check 003 › Hantering av stödnivåer – process
    checklist: UPPSTARTSMOTE_SOCIALT_BOENDE,
    anchor: { '001': 'Uppstartsmöte – ramar och förslag på innehåll I samband', '003': 'Hantering av stödnivåer – process' },
    rows: [
      ['participants', '001', 'den enskilde, ansvarig socialsekreterare och kontaktpersonal deltar', 'required'],
      ['sinceMoveIn', '001', 'Hur har det fungerat i boendet sedan inflyttning?', 'required'],
      ['assignmentReview', '001', 'Genomgång av uppdraget och revidering av det standardiserade uppdrag', 'required'],
      ['clientGoals', '001', 'Dialog kring den enskildes tankar och mål med insatsen. Vilka mål vill den enskilde prioritera?', 'required'],
      ['followUp', '001', 'Hur och när ska uppföljning av insatsen ske? Tid för ett första uppföljningsmöte bokas.', 'required'],
      ['levelCheck', '003', 'Vid uppstartsmötet (se insatsprocessen socialt boende med stöd) stäms stödnivån av', 'required'],
    ],
  },
  {
    // 002 › Uppstartsmöte
    checklist: UPPSTARTSMOTE_BOENDESTOD,
    anchor: { '002': 'Uppstartsmöte Vid uppstartsmötet' },
    rows: [
      ['participants', '002', 'Vid uppstartsmötet informerar boendestödet', 'required'],
      ['workingMethods', '002', 'informerar boendestödet om sina arbetssätt', 'required'],
      ['assignmentReview', '002', 'går igenom uppdraget med individen', 'required'],
      ['genomforandeplanStart', '002', 'påbörjar eventuellt genomförandeplanen', 'required'],
      ['caseworkerReason', '002', 'I undantagsfall kan socialsekreteraren delta vid uppstartsmöte', 'caseworkerAttends'],
    ],
  },
  {
    // 001 › Genomförandeplan
    checklist: GENOMFORANDEPLAN_SOCIALT_BOENDE,
    anchor: { '001': 'Genomförandeplanen ligger som grund' },
    rows: [
      ['what', '001', 'vad som ska göras', 'required'],
      ['who', '001', 'vem som ska göra vad', 'required'],
      ['when', '001', 'när', 'required'],
      ['how', '001', 'hur', 'required'],
      ['participation', '001', 'Om den enskilde inte ger sitt samtycke eller inte önskar medverka', 'required'],
      ['participationEfforts', '001', 'Dokumentera på vilket sätt den enskildes delaktighet', 'clientDeclinedParticipation'],
      ['notifyCaseworker', '001', 'Meddela ansvarig handläggare via meddelandefunktionen i Treserva', 'required'],
    ],
  },
  {
    // 002 › Genomförandeplan
    checklist: GENOMFORANDEPLAN_BOENDESTOD,
    anchor: { '002': 'Genomförandeplan Genomförandeplanen ska påbörjas' },
    rows: [
      ['implementationDate', '002', 'vara klar fyra veckor efter verkställighetsdatum', 'required'],
      ['participation', '002', 'Individens deltagande i utformningen av genomförandeplanen', 'required'],
      ['otherPlans', '002', 'undersöka om det finns andra planer', 'optional'],
      ['delmal', '002', 'Att skapa SMARTA', 'required'],
      ['arbetsmetod', '002', 'arbetsmetod, som beskriver hur boendestödet ska stötta', 'required'],
      ['bemotande', '002', 'bemötande, som beskriver hur individen vill bli bemött', 'required'],
      ['krisplan', '002', 'bör en krisplan inkluderas', 'required'],
      ['copyToClient', '002', 'lämna en kopia till individen', 'required'],
      ['notifyTeamAndCaseworker', '002', 'meddela övriga boendestödjare i teamet och socialsekreterare', 'required'],
    ],
  },
  {
    // 001 › Checklista underlag för uppföljning
    checklist: UNDERLAG_FOR_UPPFOLJNING,
    anchor: { '001': 'Av underlaget/sammanfattningen ska följande framgå' },
    rows: [
      ['sinceLastFollowUp', '001', 'Hur har det fungerat i boendet sedan föregående uppföljning?', 'required'],
      ['rentPaid', '001', 'När aktuellt – har den enskilde betalt hyra/egenavgift?', 'clientPaysRent'],
      ['significantEvents', '001', 'Händelser av vikt', 'optional'],
      ['goalFollowUp', '001', 'Uppföljning av uppdraget utifrån eventuella delmål och mål (grad av måluppfyllelse)', 'required'],
      ['boendekartlaggningResult', '001', 'När aktuellt – resultat av genomförd boendekartläggning', 'boendekartlaggningDone'],
      ['newNeeds', '001', 'Beskrivning av eventuella behov som tillkommit', 'optional'],
      ['levelAdjustment', '001', 'När aktuellt – finns behov av att justera stödnivån och skälen till detta?', 'levelChangeRelevant'],
      ['clientPerspective', '001', 'den enskildes perspektiv och uppfattning framgår tydligt', 'required'],
    ],
  },
  {
    // 001 › Checklista för uppföljningsmöte
    checklist: UPPFOLJNINGSMOTE,
    anchor: { '001': 'Checklista för uppföljningsmöte Hur har' },
    rows: [
      ['sinceLastFollowUp', '001', 'Hur har det fungerat i boendet sedan föregående uppföljning?', 'required'],
      ['rentPaid', '001', 'När aktuellt – har den enskilde betalt hyra/egenavgift?', 'clientPaysRent'],
      ['progress', '001', 'belysa de framsteg/den utveckling som den enskilde gjort', 'required'],
      ['significantEvents', '001', 'Händelser av vikt', 'optional'],
      ['assignmentCheck', '001', 'Avstämning av uppdraget', 'required'],
      ['newNeeds', '001', 'Behov som har tillkommit?', 'optional'],
      ['levelAdjustment', '001', 'När aktuellt – finns behov av att justera stödnivån', 'levelChangeRelevant'],
      ['nextMeeting', '001', 'Tid för nästa uppföljningsmöte', 'required'],
      ['clientExperience', '001', 'ges utrymme att beskriva sin upplevelse', 'required'],
    ],
  },
  {
    // 001 › Checklista uppdrag (SOSFS 2014:5 5 kap. 22 § and local additions)
    checklist: UPPDRAG_CHECKLIST,
    anchor: { '001': 'Ett uppdrag till utförare ska enligt SOSFS 2014:5' },
    rows: [
      ['identity', '001', 'Namn, personnummer och andra kontaktuppgifter', 'required'],
      ['interpreter', '001', 'behov av tolk eller annat kommunikationsstöd', 'required'],
      ['godManForvaltare', '001', 'uppgifter om god man eller förvaltare', 'required'],
      ['protectedIdentity', '001', 'om den enskilde har skyddade personuppgifter', 'required'],
      ['assessedNeeds', '001', 'vilken bedömning som gjorts av den enskildes behov', 'required'],
      ['assignmentContent', '001', 'vad som ingår i uppdraget', 'required'],
      ['goals', '001', 'vilket eller vilka mål som gäller för insatsen', 'required'],
      ['followUpForms', '001', 'former för uppföljning i det enskilda fallet', 'required'],
      ['returnInformation', '001', 'ska återföras till nämnden i samband med att insatsen avslutas', 'required'],
      ['responsibleCaseworker', '001', 'namn och kontaktuppgifter till ansvarig handläggare', 'required'],
      ['currentLevel', '001', 'Aktuell stödnivå (1-4) ska framgå när det är relevant', 'levelRelevant'],
      ['sip', '001', 'Om det finns en samordnad individuell plan', 'required'],
      ['rent', '001', 'Vid lägenhetsboende ska det framgå om den enskilde ska betala hyra', 'apartmentHousing'],
      ['egenavgift', '001', 'Om den enskilde ska betala egenavgift ska detta framgå', 'clientPaysEgenavgift'],
      ['threatsAndViolence', '001', 'Hot- och våldshistorik', 'required'],
      ['handedOver', '001', 'har lämnats till utföraren', 'required'],
    ],
  },
  {
    // 003 › Hantering av stödnivåer – process (Genomföra och följa upp; Följa upp)
    checklist: STODNIVAANDRING_PROPOSAL,
    anchor: { '003': 'I underlag för uppföljning av genomförandet', '001': 'Av underlaget/sammanfattningen' },
    rows: [
      ['currentLevel', '003', null, 'required'],
      ['proposedLevel', '003', null, 'required'],
      ['howChanged', '003', 'På vilket sätt har den enskildes behov av stöd ökat respektive minskat?', 'required'],
      ['reason', '003', 'Vad är anledningen till det förändrade behovet?', 'required'],
      ['duration', '003', 'Varaktighet över tid?', 'required'],
      ['timing', '003', 'Justering av stödnivå sker som huvudregel i samband med uppföljningsmöte', 'required'],
      ['specialNeeds', '003', 'Om särskilda behov föreligger kan nivån justeras tidigare', 'adjustmentBeforeFollowUp'],
      ['clientView', '001', 'den enskildes perspektiv och uppfattning framgår tydligt', 'optional'],
    ],
  },
];

function requirementOf(item: ChecklistItem): Req {
  const { requirement } = item;
  return requirement.kind === 'conditional' ? requirement.condition : requirement.kind;
}

function allItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.flatMap((item) => [item, ...allItems(item.children ?? [])]);
}

describe.each(EXPECTATIONS.map((e) => [e.checklist.id, e] as const))('checklist %s', (_id, { checklist, anchor, rows }) => {
  it('has exactly the seed items, in the seed order', () => {
    expect(checklist.items.map((item) => item.id)).toEqual(rows.map(([id]) => id));
  });

  it('finds every seed phrase, in order, after the checklist anchor', () => {
    const cursor = new Map<SourceId, number>();
    for (const [source, text] of Object.entries(anchor) as [SourceId, string][]) {
      const start = seedText(source).indexOf(flatten(text));
      expect(start, `anchor "${text}" in ${source}`).toBeGreaterThanOrEqual(0);
      cursor.set(source, start);
    }
    for (const [id, source, phrase] of rows) {
      if (phrase === null) continue;
      const from = cursor.get(source);
      expect(from, `anchor for ${source}`).toBeDefined();
      const at = seedText(source).indexOf(flatten(phrase), from);
      expect(at, `${id}: "${phrase}" in ${source} after position ${from}`).toBeGreaterThanOrEqual(0);
      cursor.set(source, at + 1);
    }
  });

  it.each(rows.map(([id, , , requirement]) => [id, requirement] as const))('item %s is %s', (id, requirement) => {
    const item = checklist.items.find((candidate) => candidate.id === id);
    expect(item && requirementOf(item)).toBe(requirement);
  });

  it('cites a section that exists in the cited seed, for every item and child', () => {
    for (const item of allItems(checklist.items)) {
      for (const citation of [item.citation, ...(item.seeAlso ?? [])]) {
        expect(seedText(citation.source), `${item.id} › ${citation.section}`).toContain(flatten(citation.section));
      }
      expect(item.heading.length).toBeGreaterThan(0);
      expect(item.label.length).toBeGreaterThan(0);
    }
    expect(seedText(checklist.citation.source)).toContain(flatten(checklist.citation.section));
  });

  it('is frozen and has unique ids per level', () => {
    expect(Object.isFrozen(checklist)).toBe(true);
    expect(Object.isFrozen(checklist.items[0])).toBe(true);
    for (const level of [checklist.items, ...checklist.items.map((item) => item.children ?? [])]) {
      const ids = level.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('sub-questions', () => {
  const UNDERLAG_ANCHOR = 'Av underlaget/sammanfattningen';
  const MOTE_ANCHOR = 'Checklista för uppföljningsmöte Hur';
  it.each([
    // 001 › Checklista underlag för uppföljning
    [UNDERLAG_ANCHOR, UNDERLAG_FOR_UPPFOLJNING, 'goalFollowUp', ['goalsMet', 'achievedHow', 'remaining'], ['Vilka mål är uppfyllda?', 'Vad har uppnåtts och hur?', 'Vad kvarstår?']],
    [UNDERLAG_ANCHOR, UNDERLAG_FOR_UPPFOLJNING, 'levelAdjustment', ['howChanged', 'reason', 'duration'], [
      'På vilket sätt har den enskildes behov av stöd ökat respektive minskat?',
      'Vad är anledningen till det förändrade behovet?',
      'Varaktighet över tid?',
    ]],
    // 001 › Checklista för uppföljningsmöte: only reason and duration are listed there
    [MOTE_ANCHOR, UPPFOLJNINGSMOTE, 'assignmentCheck', ['goalsMet', 'achievedHow', 'remaining'], ['Vilka mål är uppfyllda?', 'Vad har uppnåtts och hur?', 'Vad kvarstår?']],
    [MOTE_ANCHOR, UPPFOLJNINGSMOTE, 'levelAdjustment', ['reason', 'duration'], ['Vad är anledningen till det förändrade behovet?', 'Varaktighet över tid?']],
  ] as const)('%# after "%s": %s › %s has the seed sub-questions in order', (anchor, checklist, itemId, childIds, phrases) => {
    const items: readonly ChecklistItem[] = checklist.items;
    const item = items.find((candidate) => candidate.id === itemId);
    expect(item?.children?.map((child) => child.id)).toEqual(childIds);
    const text = seedText('001');
    let cursor = text.indexOf(flatten(anchor));
    expect(cursor).toBeGreaterThanOrEqual(0);
    for (const phrase of phrases) {
      const at = text.indexOf(flatten(phrase), cursor);
      expect(at, phrase).toBeGreaterThanOrEqual(cursor);
      cursor = at + 1;
    }
  });
});

describe('notes carry the deadlines and rules that frame a checklist', () => {
  it.each([
    // 001 › Genomförandeplan: first plan within about 14 days
    [GENOMFORANDEPLAN_SOCIALT_BOENDE, '14 dagar'],
    // 002 › Genomförandeplan: ready four weeks after the implementation date
    [GENOMFORANDEPLAN_BOENDESTOD, 'fyra veckor efter verkställighetsdatum'],
    // 000/003 › Hantering av stödnivåer – process: one-month main rule
    [STODNIVAANDRING_PROPOSAL, 'minst en månad'],
    // 002 › Uppstartsmöte: caseworker only by exception
    [UPPSTARTSMOTE_BOENDESTOD, 'bara i undantagsfall'],
  ] as const)('%# %s mentions "%s"', (checklist, phrase) => {
    expect(checklist.notes?.join(' ')).toContain(phrase);
  });

  it('the uppstartsmöte level check carries the one-month main rule (000/003 › Hantering av stödnivåer – process)', () => {
    const levelCheck = UPPSTARTSMOTE_SOCIALT_BOENDE.items.find((item) => item.id === 'levelCheck');
    expect(levelCheck?.help).toContain('minst en månad');
    expect(levelCheck?.seeAlso?.map((c) => c.source)).toEqual(['000']);
  });
});

describe('conditional items', () => {
  it.each([
    [{}, ['sinceLastFollowUp', 'significantEvents', 'goalFollowUp', 'newNeeds', 'clientPerspective']],
    [{ clientPaysRent: true }, ['sinceLastFollowUp', 'rentPaid', 'significantEvents', 'goalFollowUp', 'newNeeds', 'clientPerspective']],
    [
      { clientPaysRent: true, boendekartlaggningDone: true, levelChangeRelevant: true },
      ['sinceLastFollowUp', 'rentPaid', 'significantEvents', 'goalFollowUp', 'boendekartlaggningResult', 'newNeeds', 'levelAdjustment', 'clientPerspective'],
    ],
    [{ levelChangeRelevant: false }, ['sinceLastFollowUp', 'significantEvents', 'goalFollowUp', 'newNeeds', 'clientPerspective']],
  ] as const)('underlag för uppföljning with %j shows %j (001 "När aktuellt")', (facts, expected) => {
    expect(applicableItems(UNDERLAG_FOR_UPPFOLJNING, facts).map((item) => item.id)).toEqual(expected);
  });

  it('an item that is required or optional always applies', () => {
    for (const item of UPPDRAG_CHECKLIST.items) {
      if (item.requirement.kind !== 'conditional') expect(isApplicable(item, {})).toBe(true);
    }
  });
});
