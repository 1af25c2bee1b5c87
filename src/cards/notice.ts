import { loadCardTemplate, type AdaptiveCardJson } from './templates';

/** A plain card: a title, paragraphs, optional copyable text and buttons (each with its verb in `data`). */
export interface NoticeCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly paragraphs: readonly string[];
  readonly copyLines: readonly string[];
  readonly actions: readonly { readonly title: string; readonly verb: string; readonly data: Readonly<Record<string, string>> }[];
}

const template = loadCardTemplate<NoticeCardData>('notice');

export function renderNoticeCard(data: NoticeCardData): AdaptiveCardJson {
  return template.render({
    ...data,
    actions: data.actions.map((a) => ({ ...a, data: { ...a.data, verb: a.verb } })),
  });
}
