import { loadCardTemplate, type AdaptiveCardJson } from './templates';

/**
 * The unit manager's period-and-unit card (`exportera stödnivåer`, and `statistik` when choosing
 * another period) and the card with the download link. Every text is data, never template.
 */
export interface PeriodCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly paragraphs: readonly string[];
  readonly errors: readonly string[];
  readonly showForm: boolean;
  readonly from: string;
  readonly to: string;
  readonly unit: string;
  readonly unitChoices: readonly { readonly title: string; readonly value: string }[];
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly notes: readonly string[];
  readonly downloadUrl: string;
  readonly downloadTitle: string;
  readonly actions: readonly { readonly title: string; readonly verb: string; readonly data: Readonly<Record<string, string>> }[];
}

const template = loadCardTemplate<PeriodCardData>('export');

export function renderPeriodCard(data: PeriodCardData): AdaptiveCardJson {
  return template.render({
    ...data,
    actions: data.actions.map((a) => ({ ...a, data: { ...a.data, verb: a.verb } })),
  });
}
