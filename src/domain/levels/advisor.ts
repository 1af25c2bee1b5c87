/**
 * Suggests which stödnivåer fit an observed need. Only a support for the conversation: the
 * caseworker decides the level and weighs in the staff's assessment (000, 003 › Hantering av
 * stödnivåer – process).
 *
 * How the seed texts are read (boundary semantics):
 * - Hours are compared per week; monthly figures use a month of 52/12 weeks, "varannan vecka" half.
 * - "upp till N" / a range "A–B" is inclusive at the top: 2025 medel fits exactly 3.0 h, 3.01 h
 *   needs hög; hög fits 6.0 h without warning, above 6 h warns (003).
 * - A level without a stated upper bound ends where the next level's "minst" begins, exclusively:
 *   2021 nivå 3 fits up to but not including 2 h (nivå 2 is "minst 2 h"). Where a range and a
 *   "minst" meet (2021 nivå 2 "2–4 h" and nivå 1 "minst 4 h") exactly 4.0 h fits both.
 * - "cirka" amounts are read as the level's ceiling: 2025 låg ≈ 1 h every other week = 0.5 h/week,
 *   2021 nivå 4 ≈ 1 h a month ≈ 0.23 h/week.
 * - Visits: 2025 låg fits up to one visit every other week (0.5/week), medel up to 2, hög up to 3.
 *   2021 nivå 2 ("minst två" and daily tillsyn) fits anything short of a daily visit; a physical
 *   visit every day (7/week) needs a level with daily fysisk tillsyn.
 * - Contacts (fysisk tillsyn + tillsyn/kontakt, planned by staff): 7 or more a week means contact
 *   every day (2025 hög, 2021 nivå 1–2, kollektiv). In the 2021 lägenhet model nivå 2 is tied to
 *   "tillsyn/kontakt flera gånger i veckan", read as 3 or more a week.
 * - A weekend need requires a level whose contact includes weekends and holidays.
 * - The best level is the least-support level that covers every dimension; if none does, the
 *   most-support level with warnings. Further fitting levels are those above it whose hours band
 *   also contains the observed hours (the levels are defined by direct client time).
 */
import type { LevelModelId } from '../case';
import { belowMinimumWarnings, DECIDED_BY_SV, exceedsTopLevelWarning, processCitation, ruleOfThumbWarnings, thresholdWarnings } from './advisorWarnings';
import { hoursLower, isAtLeast, uncoveredDimensions } from './coverage';
import { UnknownLevelModelError } from './errors';
import { isLevelModelId, LEVEL_MODELS } from './models';
import { parseObservation, type LevelAdvice, type LevelObservation, type LevelWarning } from './observation';

export { minimumHoursPerWeek } from './coverage';
export {
  levelObservationSchema,
  MAX_PER_WEEK,
  RULE_OF_THUMB_MAX_VISITS_PER_WEEK,
  SEVERAL_TIMES_A_WEEK,
  type LevelAdvice,
  type LevelObservation,
  type LevelWarning,
  type LevelWarningCode,
} from './observation';

/**
 * Which levels of `modelId` fit the observation, best first, with warnings.
 * Throws {@link InvalidLevelInputError} for invalid observations and
 * {@link UnknownLevelModelError} for an unknown model.
 */
export function adviseLevel(modelId: LevelModelId, observation: LevelObservation): LevelAdvice {
  if (!isLevelModelId(modelId)) throw new UnknownLevelModelError(String(modelId));
  const obs = parseObservation(observation);
  const model = LEVEL_MODELS[modelId];
  const { levels } = model;
  const topIndex = levels.length - 1;

  const coveringIndex = levels.findIndex((_, index) => uncoveredDimensions(levels, index, obs).length === 0);
  const bestIndex = coveringIndex === -1 ? topIndex : coveringIndex;
  const best = levels[bestIndex];
  if (!best) throw new UnknownLevelModelError(modelId);

  const fitting = [best.id];
  for (let index = bestIndex + 1; index <= topIndex; index++) {
    const level = levels[index];
    const coversAll = uncoveredDimensions(levels, index, obs).length === 0;
    if (level && coversAll && isAtLeast(obs.directClientHoursPerWeek, hoursLower(levels, index))) fitting.push(level.id);
  }

  const warnings: LevelWarning[] = [
    ...thresholdWarnings(best, obs),
    ...(coveringIndex === -1 ? exceedsTopLevelWarning(model, uncoveredDimensions(levels, topIndex, obs), obs) : []),
    ...ruleOfThumbWarnings(modelId, obs),
    ...belowMinimumWarnings(best, obs),
  ];

  return Object.freeze({
    model: modelId,
    fitting: Object.freeze(fitting),
    warnings: Object.freeze(warnings.map((warning) => Object.freeze(warning))),
    decidedBySv: DECIDED_BY_SV,
    decidedByCitation: processCitation(modelId),
  });
}

