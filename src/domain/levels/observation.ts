/** What the level advisor is given (an observed need per week) and what it answers. */
import { z } from 'zod';
import type { LevelModelId } from '../case';
import type { Citation } from '../sources';
import { InvalidLevelInputError } from './errors';

export const MAX_PER_WEEK = 168;
/** 004's rule of thumb: three visits a week is the most support in one's own home. */
export const RULE_OF_THUMB_MAX_VISITS_PER_WEEK = 3;
/** "Flera gånger i veckan" (000 nivå 2) read as three or more. */
export const SEVERAL_TIMES_A_WEEK = 3;
export const DAYS_PER_WEEK = 7;
export const EPSILON = 1e-9;

/** The 004 rule of thumb concerns support in one's own flat; kollektiv has daily fysisk tillsyn by design. */
export const RULE_OF_THUMB_MODELS: readonly LevelModelId[] = ['lagenhetsboende_2025', 'sydvast_2021_lagenhet'];

const count = z.number().finite().min(0).max(MAX_PER_WEEK);

export const levelObservationSchema = z
  .object({
    physicalVisitsPerWeek: count,
    otherContactsPerWeek: count,
    directClientHoursPerWeek: count,
    needsWeekendContact: z.boolean(),
    longerPeriod: z.boolean().optional(),
  })
  .strict();

export type LevelObservation = z.infer<typeof levelObservationSchema>;

export type LevelWarningCode =
  | 'consider_complementary_services'
  | 'complementary_services_if_longer_period'
  | 'exceeds_top_level'
  | 'visits_above_rule_of_thumb'
  | 'hours_below_level_minimum';

export interface LevelWarning {
  readonly code: LevelWarningCode;
  readonly messageSv: string;
  readonly citation: Citation;
}

export interface LevelAdvice {
  readonly model: LevelModelId;
  /** Level ids that fit, best first. Never empty. */
  readonly fitting: readonly string[];
  readonly warnings: readonly LevelWarning[];
  readonly decidedBySv: string;
  readonly decidedByCitation: Citation;
}

export function parseObservation(observation: unknown): LevelObservation {
  const parsed = levelObservationSchema.safeParse(observation);
  if (parsed.success) return parsed.data;
  throw new InvalidLevelInputError(
    'Invalid level observation',
    parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
