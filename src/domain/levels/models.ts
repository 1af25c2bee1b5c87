/**
 * Stödnivå models as data: 003 (lägenhetsboende from 2025-04-01, låg/medel/hög), 000 lägenhet
 * (nivå 1–4, from 2021-04-01, superseded for lägenhet by 003) and 000 kollektiv (nivå 1–2, in force).
 *
 * Ordering convention: every model lists its levels from LEAST support to MOST support
 * (`levelIds('lagenhetsboende_2025')` is `['lag', 'medel', 'hog']`, the 2021 lägenhet model is
 * `['4', '3', '2', '1']`). `compareLevels` follows that order.
 */
import type { IsoDate, LevelChangeDirection, LevelModelId } from '../case';
import { LEVEL_MODEL_IDS } from '../case';
import { cite, type Citation } from '../sources';
import { UnknownLevelError, UnknownLevelModelError } from './errors';

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

const S003_TABLE = cite('003', 'Bedömningsstöd för stödnivåer');
const S000_LAGENHET = cite('000', 'Bedömningsstöd för stödnivåer i lägenhet (kort- och långsiktigt boende)');
const S000_KOLLEKTIV = cite('000', 'Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)');

const NO_OTHER_CONTACT: OtherContactRule = { frequency: null, channelsSv: [], unlessAgreedOtherwise: false };
const PHONE_SMS_FACETIME = ['telefon', 'sms', 'facetime'] as const;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

const LAGENHETSBOENDE_2025: LevelModel = {
  id: 'lagenhetsboende_2025',
  titleSv: 'Stödnivåer i lägenhetsboende (från 1 april 2025)',
  validFrom: '2025-04-01',
  supersededFrom: null,
  supersededBy: null,
  citation: cite('003', 'Stödnivåer'),
  levels: [
    {
      id: 'lag',
      label: 'låg',
      physicalVisits: {
        min: 1,
        max: 1,
        per: 'every_other_week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: 1,
        unlessAgreedOtherwise: false,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: null,
      individualSupport: [{ min: null, max: null, approx: 1, per: 'every_other_week' }],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: true,
      typicalUseSv:
        'Används främst mot slutet av en placering eller när andra insatser redan möter stödbehovet; uppdraget gäller i första hand att följa upp det som behövs för boendereferenser.',
      summarySv: [
        'Fysisk tillsyn med individuellt stöd varannan vecka, ungefär en timme per gång.',
        'Boendereferenserna är den största delen av insatsen.',
        'Boendecoachning kan ingå om uppdraget säger det.',
      ],
      citation: S003_TABLE,
    },
    {
      id: 'medel',
      label: 'medel',
      physicalVisits: {
        min: 1,
        max: 2,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: false,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: null,
      individualSupport: [{ min: null, max: 3, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv:
        'För den som behöver individuellt stöd varje vecka enligt genomförandeplanen men inte kontakt varje dag.',
      summarySv: [
        'Fysisk tillsyn en till två gånger i veckan.',
        'Stöd enligt genomförandeplanen och individuellt stöd upp till tre timmar i veckan.',
      ],
      citation: S003_TABLE,
    },
    {
      id: 'hog',
      label: 'hög',
      physicalVisits: {
        min: 2,
        max: 3,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: false,
      },
      otherContact: { frequency: 'daily', channelsSv: ['telefon', 'sms', 'videosamtal'], unlessAgreedOtherwise: true },
      contactNeed: 'daily',
      individualSupport: [{ min: null, max: 6, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: { aboveHoursPerWeek: 6, onlyOverLongerPeriod: false, citation: S003_TABLE },
      referencesAreMainPart: false,
      typicalUseSv:
        'För den som behöver kontakt med boendepersonalen varje dag, även helger, och fysisk tillsyn flera gånger i veckan.',
      summarySv: [
        'Kontakt varje dag, även helger och helgdagar, om inget annat avtalas.',
        'Fysisk tillsyn två till tre gånger i veckan; boendet ska kunna komma vilken veckodag som helst.',
        'Stöd enligt genomförandeplanen och individuellt stöd upp till sex timmar i veckan.',
        'Behövs mer än sex timmar i veckan ska andra kompletterande insatser övervägas.',
      ],
      citation: S003_TABLE,
    },
  ],
  notes: [
    {
      id: 'boendereferenser',
      textSv:
        'Möjlighet till boendereferenser ska erbjudas på alla stödnivåer så länge den enskilde på egen hand visar att hen tar sitt ansvar som hyresgäst.',
      citation: cite('003', 'Boendereferenser'),
    },
    {
      id: 'flexibla_nivaer',
      textSv:
        'Nivåerna är flexibla: den enskilde kan bo kvar när behovet ökar eller minskar, och placeringen kan börja på vilken nivå som helst.',
      citation: cite('003', 'Stödnivåer'),
    },
    {
      id: 'personalen_utformar_genomforandet',
      textSv: 'Boendepersonalen kan forma genomförandet, till exempel antalet besök, inom den bedömda nivån.',
      citation: cite('003', 'Stödnivåer'),
    },
    {
      id: 'mer_omfattande_insatser',
      textSv:
        'Är behovet större än vad lägenhetsboende rymmer bör andra insatser övervägas, till exempel kompletterande hemtjänst eller särskilt boende. Omvårdnad ingår inte i insatsen.',
      citation: cite('003', 'Individuellt stöd'),
    },
  ],
};

const SYDVAST_2021_LAGENHET: LevelModel = {
  id: 'sydvast_2021_lagenhet',
  titleSv: 'Stödnivåer i lägenhet, kort- och långsiktigt boende (från 1 april 2021)',
  validFrom: '2021-04-01',
  supersededFrom: '2025-04-01',
  supersededBy: 'lagenhetsboende_2025',
  citation: cite('000', 'Stödnivåer'),
  levels: [
    {
      id: '4',
      label: 'nivå 4',
      physicalVisits: {
        min: 1,
        max: 1,
        per: 'month',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: 1,
        unlessAgreedOtherwise: false,
      },
      otherContact: { frequency: 'client_may_contact', channelsSv: ['telefon', 'sms'], unlessAgreedOtherwise: false },
      contactNeed: null,
      individualSupport: [{ min: null, max: null, approx: 1, per: 'month' }],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: true,
      typicalUseSv:
        'Används främst i slutet av en placering eller när stödbehovet tillgodoses genom andra insatser; uppdraget gäller bara det som behövs för referensskrivning.',
      summarySv: [
        'Fysisk tillsyn eller personligt möte en gång i månaden, cirka en timme.',
        'Referenserna är den största delen av insatsen.',
        'Den enskilde får höra av sig till personalen via telefon eller sms däremellan.',
      ],
      citation: S000_LAGENHET,
    },
    {
      id: '3',
      label: 'nivå 3',
      physicalVisits: {
        min: 1,
        max: 1,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: null,
      individualSupport: [
        { min: 1, max: null, approx: null, per: 'week' },
        { min: 4, max: null, approx: null, per: 'month' },
      ],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv:
        'För den som behöver individuellt stöd inom fler områden än boendet och referensskrivningen, men inte tillsyn flera gånger i veckan.',
      summarySv: [
        'Fysisk tillsyn en gång i veckan, oftast när det individuella stödet ges.',
        'Individuellt stöd minst en timme i veckan eller minst fyra timmar i månaden.',
        'Stödet gäller fler områden än boende och referenser, vilket skiljer nivån från nivå 4.',
      ],
      citation: S000_LAGENHET,
    },
    {
      id: '2',
      label: 'nivå 2',
      physicalVisits: {
        min: 2,
        max: null,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: { frequency: 'daily', channelsSv: PHONE_SMS_FACETIME, unlessAgreedOtherwise: true },
      contactNeed: 'several_times_a_week',
      individualSupport: [{ min: 2, max: 4, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv: 'För den som behöver två till fyra timmar individuellt stöd i veckan och tillsyn eller kontakt flera gånger i veckan.',
      summarySv: [
        'Tillsyn varje dag, varav fysisk tillsyn minst två gånger i veckan.',
        'Däremellan tillsyn via till exempel telefon, sms eller facetime; formerna stäms av i varje ärende.',
        'Individuellt stöd två till fyra timmar i veckan.',
      ],
      citation: S000_LAGENHET,
    },
    {
      id: '1',
      label: 'nivå 1',
      physicalVisits: {
        min: 1,
        max: null,
        per: 'day',
        everyDay: 'if_needed',
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: 'daily',
      individualSupport: [{ min: 4, max: null, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: { aboveHoursPerWeek: 10, onlyOverLongerPeriod: true, citation: S000_LAGENHET },
      referencesAreMainPart: false,
      typicalUseSv:
        'Till exempel brukare nära LVM som behöver tillsyn varje dag och motiverande insatser för att minska missbruket.',
      summarySv: [
        'Fysisk tillsyn varje dag vid behov; boendet ska kunna erbjuda det varje dag och det sker dagligen om inget annat avtalas.',
        'Stöd enligt genomförandeplanen och individuellt stöd minst fyra timmar i veckan.',
        'Är behovet mer än tio timmar i veckan under en längre period bör andra kompletterande insatser övervägas.',
      ],
      citation: S000_LAGENHET,
    },
  ],
  notes: [
    {
      id: 'referenstid',
      textSv:
        'Alla nivåer kan ge referenstid om den enskilde har hyresavtal och följer hyreslagen: betalar hyran, inte stör och sköter lägenheten.',
      citation: cite('000', 'Referenstid'),
    },
    {
      id: 'referenstid_start',
      textSv:
        'Referenstiden börjar när den enskilde har skrivit på ett andrahandskontrakt och själv betalar hyran. Undantag gäller hushåll där förvaltare eller god man är utsedd.',
      citation: cite('000', 'Referenstid'),
    },
    {
      id: 'flexibla_nivaer',
      textSv:
        'Nivåerna är flexibla: den enskilde kan bo kvar när behovet ökar eller minskar, och placeringen kan börja på vilken nivå som helst.',
      citation: cite('000', 'Stödnivåer'),
    },
    {
      id: 'varaktiga_behov',
      textSv:
        'Visar sig behovet vara varaktigt bör mer kompensatoriska insatser övervägas, till exempel hemtjänst, boendestöd eller särskilt boende. Omvårdnad ingår inte i insatsen.',
      citation: cite('000', 'Individuellt stöd'),
    },
  ],
};

const SYDVAST_2021_KOLLEKTIV: LevelModel = {
  id: 'sydvast_2021_kollektiv',
  titleSv: 'Stödnivåer i kollektiv, kort- och långsiktigt boende (från 1 april 2021)',
  validFrom: '2021-04-01',
  supersededFrom: null,
  supersededBy: null,
  citation: cite('000', 'Stödnivåer'),
  levels: [
    {
      id: '2',
      label: 'nivå 2',
      physicalVisits: {
        min: 1,
        max: null,
        per: 'day',
        everyDay: 'required',
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: 'daily',
      individualSupport: [{ min: 2, max: 4, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv: 'För den som behöver fysisk tillsyn varje dag och två till fyra timmar individuellt stöd i veckan.',
      summarySv: [
        'Fysisk tillsyn varje dag om inget annat avtalas.',
        'Stöd enligt genomförandeplanen och individuellt stöd två till fyra timmar i veckan.',
      ],
      citation: S000_KOLLEKTIV,
    },
    {
      id: '1',
      label: 'nivå 1',
      physicalVisits: {
        min: 1,
        max: null,
        per: 'day',
        everyDay: 'required',
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: 'daily',
      individualSupport: [{ min: 4, max: null, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: { aboveHoursPerWeek: 10, onlyOverLongerPeriod: true, citation: S000_KOLLEKTIV },
      referencesAreMainPart: false,
      typicalUseSv: 'För den som behöver fysisk tillsyn varje dag och minst fyra timmar individuellt stöd i veckan.',
      summarySv: [
        'Fysisk tillsyn varje dag om inget annat avtalas.',
        'Stöd enligt genomförandeplanen och individuellt stöd minst fyra timmar i veckan.',
        'Är behovet mer än tio timmar i veckan under en längre period bör andra kompletterande insatser övervägas.',
      ],
      citation: S000_KOLLEKTIV,
    },
  ],
  notes: [
    {
      id: 'referenstid',
      textSv: 'Alla nivåer kan ge referenstid om den enskilde har hyresavtal och följer hyreslagen.',
      citation: cite('000', 'Stödnivåer'),
    },
    {
      id: 'flexibla_nivaer',
      textSv:
        'Nivåerna är flexibla: den enskilde kan bo kvar när behovet ökar eller minskar, och placeringen kan börja på vilken nivå som helst.',
      citation: cite('000', 'Stödnivåer'),
    },
    {
      id: 'varaktiga_behov',
      textSv:
        'Visar sig behovet vara varaktigt bör mer kompensatoriska insatser övervägas, till exempel hemtjänst, boendestöd eller särskilt boende. Omvårdnad ingår inte i insatsen.',
      citation: cite('000', 'Individuellt stöd'),
    },
  ],
};

export const LEVEL_MODELS: Readonly<Record<LevelModelId, LevelModel>> = deepFreeze({
  lagenhetsboende_2025: LAGENHETSBOENDE_2025,
  sydvast_2021_lagenhet: SYDVAST_2021_LAGENHET,
  sydvast_2021_kollektiv: SYDVAST_2021_KOLLEKTIV,
});

/** Fysisk tillsyn and tillsyn/kontakt as the sources define them. */
export const TERM_DEFINITIONS = deepFreeze({
  fysisk_tillsyn: {
    term: 'fysisk tillsyn',
    definitionSv: 'Boendepersonalen träffar brukaren personligen.',
    citations: [S000_LAGENHET, S003_TABLE],
  },
  tillsyn: {
    term: 'tillsyn',
    definitionSv: 'Boendepersonalen har kontakt med brukaren på annat sätt, till exempel via telefon, sms eller facetime.',
    citations: [S000_LAGENHET],
  },
  kontakt: {
    term: 'kontakt',
    definitionSv: 'Boendepersonalen har kontakt med brukaren, till exempel via telefon, sms eller videosamtal.',
    citations: [S003_TABLE],
  },
} as const satisfies Record<string, TermDefinition>);

export function isLevelModelId(value: string): value is LevelModelId {
  return (LEVEL_MODEL_IDS as readonly string[]).includes(value);
}

export function getLevelModel(modelId: LevelModelId): LevelModel {
  if (!isLevelModelId(modelId)) throw new UnknownLevelModelError(modelId);
  return LEVEL_MODELS[modelId];
}

/** Level ids from least to most support. */
export function levelIds(modelId: LevelModelId): readonly string[] {
  return getLevelModel(modelId).levels.map((level) => level.id);
}

export function getLevel(modelId: LevelModelId, levelId: string): Level | undefined {
  return getLevelModel(modelId).levels.find((level) => level.id === levelId);
}

export function isLevelId(modelId: LevelModelId, levelId: string): boolean {
  return getLevel(modelId, levelId) !== undefined;
}

/** Like {@link getLevel} but throws {@link UnknownLevelError} for an id the model lacks. */
export function requireLevel(modelId: LevelModelId, levelId: string): Level {
  const level = getLevel(modelId, levelId);
  if (!level) throw new UnknownLevelError(modelId, levelId);
  return level;
}

export function levelLabel(modelId: LevelModelId, levelId: string): string {
  return requireLevel(modelId, levelId).label;
}

function supportRank(modelId: LevelModelId, levelId: string): number {
  requireLevel(modelId, levelId);
  return levelIds(modelId).indexOf(levelId);
}

/**
 * Comparator by amount of support: negative when `a` gives less support than `b`, positive when
 * more, 0 when equal. So "is b more support than a?" is `compareLevels(m, a, b) < 0`, and
 * `[...ids].sort((x, y) => compareLevels(m, x, y))` orders from least to most support.
 * Throws {@link UnknownLevelError} for unknown ids.
 */
export function compareLevels(modelId: LevelModelId, a: string, b: string): number {
  return Math.sign(supportRank(modelId, a) - supportRank(modelId, b));
}

/** 'increase' when `to` gives more support than `from`, 'decrease' when less, null when the same. */
export function levelChangeDirection(modelId: LevelModelId, from: string, to: string): LevelChangeDirection | null {
  const order = compareLevels(modelId, from, to);
  if (order < 0) return 'increase';
  if (order > 0) return 'decrease';
  return null;
}
