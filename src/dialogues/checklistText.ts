import type { Checklist, ChecklistItem } from '../domain/checklists/types';
import { formatCitation } from '../domain/sources';

/** Labels and sources come from the checklist data, so a wording lives in one place. */
export function itemOf(checklist: Checklist, id: string): ChecklistItem {
  const item = checklist.items.find((i) => i.id === id);
  if (!item) throw new Error(`checklist ${checklist.id} has no item ${id}`);
  return item;
}

export function childOf(item: ChecklistItem, id: string): ChecklistItem {
  const child = item.children?.find((c) => c.id === id);
  if (!child) throw new Error(`item ${item.id} has no child ${id}`);
  return child;
}

export function sourceOf(item: ChecklistItem): string {
  return formatCitation(item.citation);
}
