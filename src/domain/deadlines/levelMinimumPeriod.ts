import type { IsoDate } from '../case';
import { addMonths } from '../calendar';

/**
 * 000 & 003 › Hantering av stödnivåer – process: a level applies, as a main rule, for at least one
 * month; an earlier change needs (särskilda) behov. "One month" is a calendar month clamped to the
 * month end (see addMonths), so the first day a change is ordinary is level start + 1 month:
 * start 2026-03-01 → 2026-04-01; start 2026-01-31 → 2026-02-28. Any day before that is "within
 * a month" of the start.
 */
export const LEVEL_MINIMUM_MONTHS = 1;

export function earliestOrdinaryLevelChange(levelStartDate: IsoDate): IsoDate {
  return addMonths(levelStartDate, LEVEL_MINIMUM_MONTHS);
}
