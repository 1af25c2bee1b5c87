import type { SummaryCardData } from '../domain/summaries';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { renderNoticeCard } from './notice';
import { VERBS } from './verbs';

/** The caseworker's card: the structured summary, the Treserva text to copy, and "Mottaget". */
export interface SummaryNotificationCardData extends SummaryCardData {
  readonly lead: string;
  readonly treservaLines: readonly string[];
  readonly submissionId: string;
  /** Empty once acknowledged: the button disappears and `status` says who/when. */
  readonly acknowledgeVerb: string;
  readonly status: string;
  /** Level proposals only: the caseworker decides in the card. */
  readonly decisionOpen: boolean;
  readonly decisionNote: string;
  readonly today: string;
  readonly keepTitle: string;
  readonly changeTitle: string;
  readonly keepVerb: string;
  readonly changeVerb: string;
  /** Underlag only: opens the caseworker's uppföljningsmöte checklist, prefilled. */
  readonly prepareCaseId: string;
  readonly prepareVerb: string;
}

export interface DecisionOffer {
  readonly currentLabel: string;
  readonly proposedLabel: string;
  readonly today: string;
}

const template = loadCardTemplate<SummaryNotificationCardData>('summary');

export function summaryNotificationData(input: {
  card: SummaryCardData;
  text: string;
  submissionId: string;
  lead: string;
  acknowledged?: string;
  decision?: DecisionOffer;
  prepareFollowUpForCaseId?: string;
}): SummaryNotificationCardData {
  const decision = input.decision;
  return {
    decisionOpen: Boolean(decision),
    decisionNote: decision ? 'Du som ansvarig socialsekreterare beslutar; boendepersonalens bedömning ska vägas in (000, 003 › Hantering av stödnivåer – process).' : '',
    today: decision?.today ?? '',
    keepTitle: decision ? `Behåll ${decision.currentLabel}` : '',
    changeTitle: decision ? `Ändra till ${decision.proposedLabel}` : '',
    keepVerb: VERBS.levelKeep,
    changeVerb: VERBS.levelChange,
    prepareCaseId: input.prepareFollowUpForCaseId ?? '',
    prepareVerb: VERBS.dialogueStart,
    ...input.card,
    lead: input.lead,
    treservaLines: input.text.split('\n').map((l) => (l === '' ? ' ' : l)),
    submissionId: input.submissionId,
    acknowledgeVerb: input.acknowledged ? '' : VERBS.summaryAcknowledge,
    status: input.acknowledged ?? '',
  };
}

export function renderSummaryNotificationCard(data: SummaryNotificationCardData): AdaptiveCardJson {
  return template.render(data);
}

/** The only thing a protected-identity notification carries: the case reference and a button. */
export function renderProtectedNoticeCard(title: string, caseReference: string, submissionId: string): AdaptiveCardJson {
  return renderNoticeCard({
    title,
    subtitle: `Ärende ${caseReference}`,
    paragraphs: ['Ärendet har skyddade personuppgifter. Innehållet visas bara när du som ansvarig socialsekreterare öppnar det.'],
    copyLines: [],
    actions: [{ title: 'Visa sammanfattning', verb: VERBS.summaryShow, data: { submissionId } }],
  });
}
