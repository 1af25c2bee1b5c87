/** The core never reads the wall clock: whoever needs "now" is handed a Clock. */
export interface Clock {
  now(): Date;
}

export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new Error(`fixedClock: invalid instant ${iso}`);
  return { now: () => new Date(instant.getTime()) };
}
