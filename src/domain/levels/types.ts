/**
 * The shape of a stödnivå model (003, 000): levels with their rules for fysisk tillsyn, other
 * contact and support hours, and the unit conversions the rules use. The models themselves are
 * data in ./lagenhetsboende2025 and ./sydvast2021, looked up through ./models.
 */
import type { IsoDate, LevelModelId } from '../case';
import type { Citation } from '../sources';

/** The period a frequency or an amount of hours refers to. */
export type Period = 'day' | 'week' | 'every_other_week' | 'month';

/**
 * A month is treated as 52/12 weeks (≈ 4.33) when the 2021 model's monthly figures are compared
 * with weekly ones (e.g. nivå 3 "minst 4 h i månaden" ≈ 0.92 h a week).
 */
export const WEEKS_PER_MONTH = 52 / 12;

/** Converts an amount per `per` to the same amount per week. */
export function perWeek(amount: number, per: Period): number {
  switch (per) {
    case 'day':
      return amount * 7;
    case 'week':
      return amount;
    case 'every_other_week':
      return amount / 2;
    case 'month':
      return amount / WEEKS_PER_MONTH;
  }
}

/** Hours (or visits) per month expressed per week, using {@link WEEKS_PER_MONTH}. */
export function monthlyToWeekly(amountPerMonth: number): number {
  return perWeek(amountPerMonth, 'month');
}

/** Fysisk tillsyn: staff meet the client in person. */
export interface PhysicalVisitRule {
  /** Fewest visits per `per`; null when the source states no lower bound. */
  readonly min: number | null;
  /** Most visits per `per`; null when the source states no upper bound. */
  readonly max: number | null;
  readonly per: Period;
  /** 'required': every day (unless agreed otherwise); 'if_needed': the unit must be able to visit every day. */
  readonly everyDay: 'required' | 'if_needed' | null;
  /** The unit must be able to visit on any day of the week, not only weekdays (003 hög). */
  readonly anyDayOfWeek: boolean;
  /** Typical length of a visit, when the source gives one ("cirka en timme per tillfälle"). */
  readonly approxHoursPerVisit: number | null;
  /** Client, staff and caseworker may agree on other forms ("om inte annat avtalas"). */
  readonly unlessAgreedOtherwise: boolean;
}

/** Tillsyn / kontakt: contact by phone, sms, video call etc. */
export interface OtherContactRule {
  /** 'daily': staff make contact every day; 'client_may_contact': the client is welcome to call or text in between. */
  readonly frequency: 'daily' | 'client_may_contact' | null;
  readonly channelsSv: readonly string[];
  readonly unlessAgreedOtherwise: boolean;
}

/**
 * Individual support (direkt brukartid). A level lists one or more alternatives; meeting any one of
 * them is enough (2021 nivå 3: at least 1 h a week OR at least 4 h a month).
 */
export interface SupportHoursRule {
  /** "minst" */
  readonly min: number | null;
  /** "upp till" / the upper end of a stated range */
  readonly max: number | null;
  /** "cirka" */
  readonly approx: number | null;
  readonly per: Period;
}

/** Above this much direct client time, other complementary services shall/should be considered. */
export interface ComplementaryServicesThreshold {
  readonly aboveHoursPerWeek: number;
  /** 000 only counts a need above the threshold if it lasts "under en längre period". */
  readonly onlyOverLongerPeriod: boolean;
  readonly citation: Citation;
}

export interface Level {
  readonly id: string;
  readonly label: string;
  readonly physicalVisits: PhysicalVisitRule;
  readonly otherContact: OtherContactRule;
  /**
   * The contact need the assessment support ties to this level: 'daily' (003 hög, 000 nivå 1 and
   * kollektiv) or 'several_times_a_week' (000 lägenhet nivå 2: "tillsyn/kontakt flera gånger i veckan").
   */
  readonly contactNeed: 'daily' | 'several_times_a_week' | null;
  readonly individualSupport: readonly SupportHoursRule[];
  /** Contact/visits also on weekends and public holidays. */
  readonly includesWeekendsAndHolidays: boolean;
  readonly complementaryServices: ComplementaryServicesThreshold | null;
  /** Boendereferenser / referensskrivning is the main part of the service at this level. */
  readonly referencesAreMainPart: boolean;
  readonly typicalUseSv: string;
  readonly summarySv: readonly string[];
  readonly citation: Citation;
}

export interface ModelNote {
  readonly id: string;
  readonly textSv: string;
  readonly citation: Citation;
}

export interface LevelModel {
  readonly id: LevelModelId;
  readonly titleSv: string;
  readonly validFrom: IsoDate;
  /** First day another model applies instead (null while in force). */
  readonly supersededFrom: IsoDate | null;
  readonly supersededBy: LevelModelId | null;
  /** Levels from least to most support. */
  readonly levels: readonly Level[];
  readonly notes: readonly ModelNote[];
  readonly citation: Citation;
}

export interface TermDefinition {
  readonly term: string;
  readonly definitionSv: string;
  readonly citations: readonly Citation[];
}
