/**
 * Whether a level covers an observed need, dimension by dimension (hours, visits, contacts,
 * weekends), with the boundary semantics described in ./advisor.
 */
import { DAYS_PER_WEEK, EPSILON, SEVERAL_TIMES_A_WEEK, type LevelObservation } from './observation';
import { perWeek, type Level } from './types';

interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

const UNBOUNDED: Bound = { value: Number.POSITIVE_INFINITY, inclusive: true };
const ZERO: Bound = { value: 0, inclusive: true };

function isAtMost(x: number, upper: Bound): boolean {
  return upper.inclusive ? x <= upper.value + EPSILON : x < upper.value - EPSILON;
}

export function isAtLeast(x: number, lower: Bound): boolean {
  return lower.inclusive ? x >= lower.value - EPSILON : x > lower.value + EPSILON;
}

/** The smallest "minst" among the level's alternatives, per week (any alternative suffices). */
export function minimumHoursPerWeek(level: Level): number | null {
  const minima = level.individualSupport.flatMap((rule) => (rule.min === null ? [] : [perWeek(rule.min, rule.per)]));
  return minima.length === 0 ? null : Math.min(...minima);
}

function statedMaximumHoursPerWeek(level: Level): number | null {
  const maxima = level.individualSupport.flatMap((rule) => {
    const ceiling = rule.max ?? rule.approx;
    return ceiling === null ? [] : [perWeek(ceiling, rule.per)];
  });
  return maxima.length === 0 ? null : Math.max(...maxima);
}

function hoursUpper(levels: readonly Level[], index: number): Bound {
  const level = levels[index];
  if (!level) return UNBOUNDED;
  const stated = statedMaximumHoursPerWeek(level);
  if (stated !== null) return { value: stated, inclusive: true };
  const next = levels[index + 1];
  const nextMinimum = next ? minimumHoursPerWeek(next) : null;
  return nextMinimum === null ? UNBOUNDED : { value: nextMinimum, inclusive: false };
}

export function hoursLower(levels: readonly Level[], index: number): Bound {
  const level = levels[index];
  const stated = level ? minimumHoursPerWeek(level) : null;
  if (stated !== null) return { value: stated, inclusive: true };
  if (index === 0) return ZERO;
  const previousUpper = hoursUpper(levels, index - 1);
  return { value: previousUpper.value, inclusive: !previousUpper.inclusive };
}

function visitsUpper(level: Level): Bound {
  const { everyDay, max, per } = level.physicalVisits;
  if (everyDay !== null) return UNBOUNDED;
  if (max !== null) return { value: perWeek(max, per), inclusive: true };
  return { value: DAYS_PER_WEEK, inclusive: false };
}

function offersDailyContact(level: Level): boolean {
  return level.physicalVisits.everyDay !== null || level.otherContact.frequency === 'daily';
}

function contactNeedFromPerWeek(level: Level): number | null {
  if (level.contactNeed === 'daily') return DAYS_PER_WEEK;
  if (level.contactNeed === 'several_times_a_week') return SEVERAL_TIMES_A_WEEK;
  return null;
}

function contactsUpper(levels: readonly Level[], index: number): Bound {
  const level = levels[index];
  if (!level || offersDailyContact(level)) return UNBOUNDED;
  const needsOfHigherLevels = levels.slice(index + 1).flatMap((higher) => {
    const from = contactNeedFromPerWeek(higher);
    return from === null ? [] : [from];
  });
  return { value: Math.min(DAYS_PER_WEEK, ...needsOfHigherLevels), inclusive: false };
}

export type Dimension = 'hours' | 'visits' | 'contacts' | 'weekend';

export function uncoveredDimensions(levels: readonly Level[], index: number, obs: LevelObservation): Dimension[] {
  const level = levels[index];
  if (!level) return ['hours', 'visits', 'contacts', 'weekend'];
  const missing: Dimension[] = [];
  if (!isAtMost(obs.directClientHoursPerWeek, hoursUpper(levels, index))) missing.push('hours');
  if (!isAtMost(obs.physicalVisitsPerWeek, visitsUpper(level))) missing.push('visits');
  if (!isAtMost(obs.physicalVisitsPerWeek + obs.otherContactsPerWeek, contactsUpper(levels, index))) {
    missing.push('contacts');
  }
  if (obs.needsWeekendContact && !level.includesWeekendsAndHolidays) missing.push('weekend');
  return missing;
}
