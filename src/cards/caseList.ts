import type { ClientCase } from '../domain/cases';
import { caseFactsOf } from '../domain/cases';
import type { IsoDate } from '../domain/case';
import { computeDeadlines, nextDue, type Deadline } from '../domain/deadlines';
import { levelLabel } from '../domain/levels/models';
import { renderNoticeCard } from './notice';
import type { AdaptiveCardJson } from './templates';

const STATUS_SV: Readonly<Record<Deadline['status'], string>> = {
  upcoming: 'kommande',
  due_soon: 'snart',
  due_today: 'i dag',
  overdue: 'försenad',
  done: 'klar',
};

export function caseLine(c: ClientCase, today: IsoDate): string {
  const level = c.levelModel && c.currentLevel ? `, stödnivå ${levelLabel(c.levelModel, c.currentLevel)}` : '';
  const due = nextDue(computeDeadlines(caseFactsOf(c), today));
  const next = due ? ` – nästa: ${due.title} senast ${due.dueDate} (${STATUS_SV[due.status]})` : ' – inga öppna tidsgränser';
  return `• ${c.caseReference} (${c.unit}${level})${next}`;
}

export function renderCaseListCard(cases: readonly ClientCase[], today: IsoDate): AdaptiveCardJson {
  return renderNoticeCard({
    title: 'Mina ärenden',
    subtitle: cases.length ? `${cases.length} ärenden` : '',
    paragraphs: cases.length ? cases.map((c) => caseLine(c, today)) : ['Du har inga pågående ärenden. Skriv ”nytt ärende” för att registrera ett.'],
    copyLines: [],
    actions: [],
  });
}
