import type { SummaryCardData } from '../domain/summaries';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

/** The caseworker's card: the structured summary, the Treserva text to copy, and "Mottaget". */
export interface SummaryNotificationCardData extends SummaryCardData {
  readonly lead: string;
  readonly treservaLines: readonly string[];
  readonly submissionId: string;
  /** Empty once acknowledged: the button disappears and `status` says who/when. */
  readonly acknowledgeVerb: string;
  readonly status: string;
}

const template = loadCardTemplate<SummaryNotificationCardData>('summary');

export function summaryNotificationData(input: { card: SummaryCardData; text: string; submissionId: string; lead: string; acknowledged?: string }): SummaryNotificationCardData {
  return {
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
