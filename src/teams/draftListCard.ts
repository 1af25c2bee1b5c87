import { renderNoticeCard } from '../cards/notice';
import type { AdaptiveCardJson } from '../cards/templates';
import { VERBS } from '../cards/verbs';
import type { DraftListItem } from '../dialogues/service';

/** Teams shows at most six buttons on a card (its host config's maxActions): the newest drafts get one. */
export const MAX_DRAFT_BUTTONS = 6;

export function renderDraftListCard(items: readonly DraftListItem[]): AdaptiveCardJson {
  if (items.length === 0) {
    return renderNoticeCard({ title: 'Mina utkast', subtitle: '', paragraphs: ['Du har inga sparade utkast.'], copyLines: [], actions: [] });
  }
  return renderNoticeCard({
    title: 'Mina utkast',
    subtitle: '',
    paragraphs: [
      ...items.map(
        (i) =>
          `• ${i.title}${i.caseReference ? ` – ärende ${i.caseReference}` : ''}, ${i.lastEdited ? i.lastEdited.text.replace(/^S/, 's') : `senast sparat ${i.draft.updatedAt.slice(0, 10)}`}`,
      ),
      ...(items.length > MAX_DRAFT_BUTTONS
        ? [`Knapparna gäller de ${MAX_DRAFT_BUTTONS} senast sparade. Ett äldre utkast öppnar du genom att skriva dialogens kommando igen – du fortsätter där du slutade.`]
        : []),
    ],
    copyLines: [],
    actions: items.slice(0, MAX_DRAFT_BUTTONS).map((i) => ({
      title: `Fortsätt: ${i.title}${i.caseReference ? ` ${i.caseReference}` : ''}`,
      verb: VERBS.draftResume,
      data: { draftId: i.draft.id },
    })),
  });
}
