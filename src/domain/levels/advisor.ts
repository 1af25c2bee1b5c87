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
import { z } from 'zod';
import type { LevelModelId } from '../case';
import { cite, type Citation } from '../sources';
import { InvalidLevelInputError, UnknownLevelModelError } from './errors';
import { isLevelModelId, LEVEL_MODELS, perWeek, type Level, type LevelModel } from './models';

export const MAX_PER_WEEK = 168;
/** 004's rule of thumb: three visits a week is the most support in one's own home. */
export const RULE_OF_THUMB_MAX_VISITS_PER_WEEK = 3;
/** "Flera gånger i veckan" (000 nivå 2) read as three or more. */
export const SEVERAL_TIMES_A_WEEK = 3;
const DAYS_PER_WEEK = 7;
const EPSILON = 1e-9;

/** The 004 rule of thumb concerns support in one's own flat; kollektiv has daily fysisk tillsyn by design. */
const RULE_OF_THUMB_MODELS: readonly LevelModelId[] = ['lagenhetsboende_2025', 'sydvast_2021_lagenhet'];

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

interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

const UNBOUNDED: Bound = { value: Number.POSITIVE_INFINITY, inclusive: true };
const ZERO: Bound = { value: 0, inclusive: true };

function isAtMost(x: number, upper: Bound): boolean {
  return upper.inclusive ? x <= upper.value + EPSILON : x < upper.value - EPSILON;
}

function isAtLeast(x: number, lower: Bound): boolean {
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

function hoursLower(levels: readonly Level[], index: number): Bound {
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

type Dimension = 'hours' | 'visits' | 'contacts' | 'weekend';

function uncoveredDimensions(levels: readonly Level[], index: number, obs: LevelObservation): Dimension[] {
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

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

function formatHours(value: number): string {
  return `${formatNumber(value)} ${Math.abs(value - 1) < EPSILON ? 'timme' : 'timmar'}`;
}

/** "stödnivå hög", "nivå 2". */
function levelName(level: Level): string {
  return level.label.startsWith('nivå') ? level.label : `stödnivå ${level.label}`;
}

function withoutFinalPeriod(line: string): string {
  const trimmed = line.endsWith('.') ? line.slice(0, -1) : line;
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

const PERIOD_SV = { day: 'om dagen', week: 'i veckan', every_other_week: 'varannan vecka', month: 'i månaden' } as const;

function describeVisits(level: Level): string {
  const { min, max, per, everyDay } = level.physicalVisits;
  if (everyDay !== null) return 'fysisk tillsyn varje dag';
  if (min !== null && max !== null) {
    const amount = min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
    return `fysisk tillsyn ${amount} gånger ${PERIOD_SV[per]}`;
  }
  if (min !== null) return `fysisk tillsyn minst ${formatNumber(min)} gånger ${PERIOD_SV[per]}`;
  return 'fysisk tillsyn';
}

function parseObservation(observation: unknown): LevelObservation {
  const parsed = levelObservationSchema.safeParse(observation);
  if (parsed.success) return parsed.data;
  throw new InvalidLevelInputError(
    'Invalid level observation',
    parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

function processCitation(modelId: LevelModelId): Citation {
  return modelId === 'lagenhetsboende_2025'
    ? cite('003', 'Hantering av stödnivåer – process')
    : cite('000', 'Hantering av stödnivåer – process');
}

const DECIDED_BY_SV =
  'Det är handläggande socialsekreterare som bedömer vilken stödnivå som ska gälla, och boendepersonalens bedömning av behovet ska vägas in. Det här förslaget är bara ett stöd inför den bedömningen.';

function thresholdWarnings(level: Level, obs: LevelObservation): LevelWarning[] {
  const threshold = level.complementaryServices;
  if (!threshold || !(obs.directClientHoursPerWeek > threshold.aboveHoursPerWeek + EPSILON)) return [];
  const hours = formatHours(obs.directClientHoursPerWeek);
  const limit = formatHours(threshold.aboveHoursPerWeek);
  if (!threshold.onlyOverLongerPeriod) {
    return [
      {
        code: 'consider_complementary_services',
        messageSv: `Behovet är ${hours} i veckan, mer än ${limit}: andra kompletterande insatser ska övervägas.`,
        citation: threshold.citation,
      },
    ];
  }
  if (obs.longerPeriod === true) {
    return [
      {
        code: 'consider_complementary_services',
        messageSv: `Behovet är ${hours} i veckan under en längre period, mer än ${limit}: andra kompletterande insatser bör övervägas.`,
        citation: threshold.citation,
      },
    ];
  }
  return [
    {
      code: 'complementary_services_if_longer_period',
      messageSv: `Behovet är ${hours} i veckan, mer än ${limit}. Om det håller i sig under en längre period bör andra kompletterande insatser övervägas.`,
      citation: threshold.citation,
    },
  ];
}

function exceedsTopLevelWarning(model: LevelModel, missing: readonly Dimension[], obs: LevelObservation): LevelWarning[] {
  const top = model.levels[model.levels.length - 1];
  if (!top) return [];
  // Hours above the top level are covered by its complementary-services threshold instead.
  const reported = missing.filter((dimension) => dimension !== 'hours' || top.complementaryServices === null);
  if (reported.length === 0) return [];
  const parts = reported.map((dimension) => {
    switch (dimension) {
      case 'hours':
        return `${formatHours(obs.directClientHoursPerWeek)} individuellt stöd i veckan`;
      case 'visits':
        return `fysisk tillsyn ${formatNumber(obs.physicalVisitsPerWeek)} gånger i veckan, medan nivån omfattar ${describeVisits(top)}`;
      case 'contacts':
        return `kontakt ${formatNumber(obs.physicalVisitsPerWeek + obs.otherContactsPerWeek)} gånger i veckan`;
      case 'weekend':
        return 'kontakt även helger';
    }
  });
  return [
    {
      code: 'exceeds_top_level',
      messageSv: `Behovet går utöver den högsta nivån (${levelName(top)}): ${parts.join('; ')}.`,
      citation: top.citation,
    },
  ];
}

function ruleOfThumbWarnings(modelId: LevelModelId, obs: LevelObservation): LevelWarning[] {
  if (!RULE_OF_THUMB_MODELS.includes(modelId)) return [];
  if (!(obs.physicalVisitsPerWeek > RULE_OF_THUMB_MAX_VISITS_PER_WEEK + EPSILON)) return [];
  return [
    {
      code: 'visits_above_rule_of_thumb',
      messageSv: `Fysisk tillsyn ${formatNumber(obs.physicalVisitsPerWeek)} gånger i veckan är fler än tre besök. En äldre tumregel säger att tre besök i veckan är det mesta stödet i egen bostad och att fyra besök i veckan brukar tala för någon form av institutionsboende. Överväg om boendeformen är rätt.`,
      citation: cite('004', 'Beskrivning av planerat projekt'),
    },
  ];
}

function minimumText(level: Level, minimum: number): string {
  const line = level.summarySv.find((candidate) => /minst[^.]*timm/.test(candidate));
  return line ? withoutFinalPeriod(line) : `individuellt stöd minst ${formatHours(minimum)} i veckan`;
}

function belowMinimumWarnings(level: Level, obs: LevelObservation): LevelWarning[] {
  const minimum = minimumHoursPerWeek(level);
  if (minimum === null || isAtLeast(obs.directClientHoursPerWeek, { value: minimum, inclusive: true })) return [];
  return [
    {
      code: 'hours_below_level_minimum',
      messageSv: `${formatHours(obs.directClientHoursPerWeek)} individuellt stöd i veckan är mindre än vad ${levelName(level)} utgår från (${minimumText(level, minimum)}). Stäm av nivån och omfattningen av stödet.`,
      citation: level.citation,
    },
  ];
}

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
