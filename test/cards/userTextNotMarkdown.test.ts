import { describe, expect, it } from 'vitest';
import { renderDialoguePreviewCard } from '../../src/cards/dialoguePreview';
import { renderNoticeCard } from '../../src/cards/notice';
import { renderSummaryNotificationCard, summaryNotificationData } from '../../src/cards/summary';

const LINK = '[klicka här](https://evil.example)';

/** Every node of the card whose `text` equals the user's string, with its type. */
function holders(card: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.text === 'string' && n.text.includes(LINK)) found.push(String(n.type));
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('user text is shown as plain text runs, never as Markdown', () => {
  it('in the caseworker summary card and its Treserva text', () => {
    const card = renderSummaryNotificationCard(
      summaryNotificationData({ card: { title: 'Underlag', facts: [], sections: [{ heading: 'Händelser', lines: [LINK] }] }, text: `Rubrik\n${LINK}`, submissionId: 'x', lead: 'l' }),
    );
    expect(holders(card)).toEqual(['TextRun', 'TextRun']);
  });

  it('in the preview and in copyable notice text', () => {
    const preview = renderDialoguePreviewCard({ title: 't', subtitle: '', notice: '', lead: '', lines: [LINK], draftId: 'd', version: 1, actions: [] });
    const notice = renderNoticeCard({ title: 't', subtitle: '', paragraphs: [], copyLines: [LINK], actions: [] });
    expect(holders(preview)).toEqual(['TextRun']);
    expect(holders(notice)).toEqual(['TextRun']);
  });
});
