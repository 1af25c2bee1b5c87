import type { DraftListItem } from '../dialogues/service';
import { renderNoticeCard } from './notice';
import type { AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

export function renderDraftListCard(items: readonly DraftListItem[]): AdaptiveCardJson {
  if (items.length === 0) {
    return renderNoticeCard({ title: 'Mina utkast', subtitle: '', paragraphs: ['Du har inga sparade utkast.'], copyLines: [], actions: [] });
  }
  return renderNoticeCard({
    title: 'Mina utkast',
    subtitle: '',
    paragraphs: items.map((i) => `• ${i.title}${i.caseReference ? ` – ärende ${i.caseReference}` : ''}, ${i.lastEdited ? i.lastEdited.text.replace(/^S/, 's') : `senast sparat ${i.draft.updatedAt.slice(0, 10)}`}`),
    copyLines: [],
    actions: items.map((i) => ({
      title: `Fortsätt: ${i.title}${i.caseReference ? ` ${i.caseReference}` : ''}`,
      verb: VERBS.draftResume,
      data: { draftId: i.draft.id },
    })),
  });
}
