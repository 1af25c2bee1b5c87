import type { IsoDate } from './case';
import { compareIsoDates } from './calendar';
import { cite, type Citation } from './sources';

/**
 * Where a client went when the case closed. 004 › 9. UPPFÖLJNING measures how many go on to a
 * träningslägenhet, a försökslägenhet (here `provlagenhet`) and an own contract; the other two
 * values keep every closing countable.
 */
export const MOVED_ON_DESTINATIONS = ['traningslagenhet', 'provlagenhet', 'eget_kontrakt', 'annat_boende', 'annat'] as const;
export type MovedOnDestination = (typeof MOVED_ON_DESTINATIONS)[number];

export const MOVED_ON_LABELS: Readonly<Record<MovedOnDestination, string>> = Object.freeze({
  traningslagenhet: 'Träningslägenhet',
  provlagenhet: 'Försökslägenhet',
  eget_kontrakt: 'Eget kontrakt',
  annat_boende: 'Annat boende',
  annat: 'Annat',
});

export const MOVED_ON_CITATION: Citation = cite('004', '9. UPPFÖLJNING');

export function isMovedOnDestination(value: unknown): value is MovedOnDestination {
  return typeof value === 'string' && (MOVED_ON_DESTINATIONS as readonly string[]).includes(value);
}

/** A case counts as active on `today` until the day it closed (a closing dated later is not yet in effect). */
export function isActiveOn(closedOn: IsoDate | null | undefined, today: IsoDate): boolean {
  return !closedOn || compareIsoDates(closedOn, today) > 0;
}

/**
 * Swedish message when the closing date is not acceptable: after today (moving on is recorded once it
 * has happened) or before the case started. Undefined when it is fine.
 */
export function closingDateProblem(closedOn: IsoDate, today: IsoDate, startedOn: IsoDate | null | undefined): string | undefined {
  if (compareIsoDates(closedOn, today) > 0) return 'Ett ärende avslutas först när flytten har skett: ange ett datum som inte ligger i framtiden.';
  if (startedOn && compareIsoDates(closedOn, startedOn) < 0) return `Avslutsdatumet kan inte ligga före ärendets start (${startedOn}).`;
  return undefined;
}
