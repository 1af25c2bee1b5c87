/** The level advisor's warnings in Swedish, each with its source (000, 003, 004). */
import type { LevelModelId } from '../case';
import { cite, type Citation } from '../sources';
import { isAtLeast, minimumHoursPerWeek, type Dimension } from './coverage';
import { EPSILON, RULE_OF_THUMB_MAX_VISITS_PER_WEEK, RULE_OF_THUMB_MODELS, type LevelObservation, type LevelWarning } from './observation';
import type { Level, LevelModel } from './types';

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

export function processCitation(modelId: LevelModelId): Citation {
  return modelId === 'lagenhetsboende_2025'
    ? cite('003', 'Hantering av stödnivåer – process')
    : cite('000', 'Hantering av stödnivåer – process');
}

export const DECIDED_BY_SV =
  'Det är handläggande socialsekreterare som bedömer vilken stödnivå som ska gälla, och boendepersonalens bedömning av behovet ska vägas in. Det här förslaget är bara ett stöd inför den bedömningen.';

export function thresholdWarnings(level: Level, obs: LevelObservation): LevelWarning[] {
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

export function exceedsTopLevelWarning(model: LevelModel, missing: readonly Dimension[], obs: LevelObservation): LevelWarning[] {
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

export function ruleOfThumbWarnings(modelId: LevelModelId, obs: LevelObservation): LevelWarning[] {
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

export function belowMinimumWarnings(level: Level, obs: LevelObservation): LevelWarning[] {
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
