/**
 * A situation plus a level question ("brukaren behöver runt 4 timmar i veckan, räcker medel?"):
 * the hours or visits per week the question gives are weighed by the domain core's level
 * advisor, and the answer says which level fits – and whether the level asked about does.
 */
import type { LevelModelId } from '../domain/case';
import { adviseLevel } from '../domain/levels/advisor';
import { levelLabel } from '../domain/levels/models';
import { foldDiacritics, normalizeText } from './analyzer';
import { questionCue } from './cues';
import { MODEL_NAMES_SV } from './knowledge/levels';
import { modelHintIn, parseLevelIntent } from './levelIntent';

export interface Situation {
  readonly modelId: LevelModelId;
  readonly hoursPerWeek?: number;
  readonly visitsPerWeek?: number;
  /** The level the question asks about ("räcker medel?"), when it names one. */
  readonly askedLevelId?: string;
  /** The two levels a question weighs against each other ("medel eller hög?"). */
  readonly weighedLevelIds?: readonly [string, string];
  /** Neither the question nor the case named a model: today's city-wide model was taken. */
  readonly modelDefaulted?: boolean;
}

/** Today's city-wide model: taken when neither the question nor the case names one ("4 timmar i veckan, vilken nivå?"). */
export const CITY_WIDE_MODEL: LevelModelId = 'lagenhetsboende_2025';
/** …and the other model still in force, offered next to such an answer. */
export const OTHER_MODEL_IN_FORCE: LevelModelId = 'sydvast_2021_kollektiv';

export interface SituationVerdict {
  readonly modelId: LevelModelId;
  readonly fittingLevelId: string;
  readonly askedLevelId?: string;
  /** "medel eller hög?" where one of the two fits: both, for a side-by-side answer. */
  readonly weighedLevelIds?: readonly [string, string];
  readonly sentenceSv: string;
}

/** Word boundaries that know å, ä and ö (\\b does not). */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const NUMBER = '(\\d+(?:[,.]\\d+)?|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio)';
/** Number words as the folded text spells them ("två" → "tva"). */
const WORD_NUMBERS: Readonly<Record<string, number>> = { en: 1, ett: 1, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10 };
// The situation is read without å, ä, ö – chat often leaves them out ("3 tim i veckan, blir det
// tvaan?", "2 ganger/v, racker hog?") – so every pattern below is a questionCue, folded the same way.
/** "4 timmar i månaden", "4 timmar stöd i månaden": up to two words may come between the hours and their period. */
const HOURS = questionCue(new RegExp(`${B}${NUMBER} ?(?:h|tim|timme|timmar|timmars)${E}(?:(?: \\p{L}+){0,2}? ?(?:i|per|/|om) ?(veckan|vecka|v|månaden|månad|(?<!om ?)mån)${E})?`, 'u'));
const VISITS = questionCue(new RegExp(`${B}${NUMBER} ?(?:gång|gånger|ggr|besök|fysiska besök)${E} ?(?:i|per|/|om) ?(veckan|vecka|v|månaden|månad|(?<!om ?)mån)${E}`, 'u'));
const DAILY = questionCue(/(?<!\p{L})(?:varje dag|dagligen|alla dagar)(?!\p{L})/u);
/** "varannan vecka", "var fjortonde dag": a period of two weeks ("vi ses varannan vecka en timme"). */
const FORTNIGHT = '(?:varannan veckan?|varannan v|var fjortonde dag|var 14:?e? dag)';
const FORTNIGHTLY = questionCue(new RegExp(`${B}${FORTNIGHT}${E}`, 'u'));
const FORTNIGHTLY_VISITS = questionCue(new RegExp(`${B}${NUMBER} ?(?:gång|gånger|ggr|besök|fysiska besök)${E} ?${FORTNIGHT}${E}`, 'u'));
const DAILY_BY_PHONE = questionCue(/(?<!\p{L})(?:ringer|ringa|ringt|ring|telefon\p{L}*|sms\p{L}*|smsar|messar|samtal)(?: \S+){0,3} (?:varje dag|dagligen|alla dagar)(?!\p{L})/u);
/** Words that say the client and staff meet ("vi ses varannan vecka"). */
const MEETING = questionCue(/(?<!\p{L})(?:ses|träffas|träffar|träff|besök\p{L}*|tillsyn|kommer|åker)(?!\p{L})/u);
/** The question must ask for a level: a level word or a level named. */
const LEVEL_CUE = questionCue(/(?<!\p{L})(?:niv[åa]\p{L}*|stödniv[åa]\p{L}*|stodniv\p{L}*|räcker|racker|passar|låg|medel|hög|ettan|tvåan|trean|fyran)(?!\p{L})/u);
/** "vilken nivå?", "räcker det?", "vad hamnar hen på?": the question asks which level fits. */
const ASKS_WHICH_LEVEL = questionCue(/(?<!\p{L})(?:vilk(?:en|et) (?:stöd)?niv[åa]\p{L}*|räcker|racker|passar|motsvarar|hamnar)(?!\p{L})/u);
const WEEKS_PER_MONTH = 52 / 12;

function amount(text: string): number {
  return WORD_NUMBERS[text] ?? Number(text.replace(',', '.'));
}

function perWeek(value: number, unit: string | undefined): number {
  return unit !== undefined && unit.startsWith('man') ? value / WEEKS_PER_MONTH : value;
}

/** Raw text (no synonyms) so "h/v" and "3,5 h" survive; slash kept as its own token. */
function plain(question: string): string {
  return foldDiacritics(question.toLowerCase()).replace(/(\d)h\b/g, '$1 h').replace(/\s*\/\s*/g, ' / ').replace(/[?!]/g, ' ').replace(/\s+/g, ' ');
}

export function parseSituation(question: string, contextModel?: LevelModelId): Situation | undefined {
  const text = plain(question);
  if (!LEVEL_CUE.test(text)) return undefined;
  const hours = HOURS.exec(text);
  const visits = VISITS.exec(text);
  // "vi ringer hen varje dag, räcker det eller måste vi träffas?": daily calls are not daily visits
  const daily = DAILY.test(text) && /(?<!\p{L})(?:besok|tillsyn|traff)/u.test(text) && !DAILY_BY_PHONE.test(text);
  const fortnightly = FORTNIGHTLY.test(text);
  const fortnightlyVisits = fortnightly ? (FORTNIGHTLY_VISITS.exec(text) ?? undefined) : undefined;
  const meetsFortnightly = fortnightly && (fortnightlyVisits !== undefined || MEETING.test(text));
  if (!hours && !visits && !daily && !meetsFortnightly) return undefined;
  // "en gång i veckan ca 2 h": the visits pattern must not swallow the hours and vice versa.
  // Hours without a period of their own in a fortnightly rhythm ("varannan vecka en timme") are per fortnight.
  const hoursPerWeek = hours
    ? hours[2] === undefined && fortnightly
      ? amount(hours[1] ?? '') / 2
      : perWeek(amount(hours[1] ?? ''), hours[2] === 'v' ? 'vecka' : hours[2])
    : undefined;
  const visitsPerWeek = visits ? perWeek(amount(visits[1] ?? ''), visits[2]) : daily ? 7 : meetsFortnightly ? amount(fortnightlyVisits?.[1] ?? 'en') / 2 : undefined;
  const intent = parseLevelIntent(question, contextModel);
  const hint = modelHintIn(normalizeText(question).split(' '));
  const modelId = intent?.modelGiven === false && (hint ?? contextModel) ? (hint ?? contextModel ?? intent.modelId) : (intent?.modelId ?? hint ?? contextModel);
  // Without a model, only a question that asks which level fits is a situation ("räknas det in i
  // nivån?" asks about the time, not the level).
  if (modelId === undefined && !ASKS_WHICH_LEVEL.test(text)) return undefined;
  const modelDefaulted = modelId === undefined;
  const namedLevels = intent && intent.modelId === modelId ? intent.levelIds : [];
  const askedLevelId = namedLevels.length === 1 ? namedLevels[0] : undefined;
  const weighedLevelIds = namedLevels.length === 2 ? ([namedLevels[0], namedLevels[1]] as [string, string]) : undefined;
  return {
    modelId: modelId ?? CITY_WIDE_MODEL,
    ...(modelDefaulted ? { modelDefaulted } : {}),
    ...(hoursPerWeek !== undefined && Number.isFinite(hoursPerWeek) ? { hoursPerWeek } : {}),
    ...(visitsPerWeek !== undefined && Number.isFinite(visitsPerWeek) ? { visitsPerWeek } : {}),
    ...(askedLevelId !== undefined ? { askedLevelId } : {}),
    ...(weighedLevelIds !== undefined ? { weighedLevelIds } : {}),
  };
}

function formatNumber(x: number): string {
  return (Math.round(x * 10) / 10).toString().replace('.', ',');
}

/** "2 timmar individuellt stöd i veckan"; half a unit a week is said per fortnight ("1 fysiskt besök varannan vecka"). */
function perPeriodSv(perWeek: number, one: string, many: string, what: string): string {
  const fortnight = perWeek < 1 && Number.isInteger(perWeek * 2);
  const n = fortnight ? perWeek * 2 : perWeek;
  return `${formatNumber(n)} ${n === 1 ? one : many} ${what}${fortnight ? 'varannan vecka' : 'i veckan'}`;
}

export function judgeSituation(situation: Situation): SituationVerdict | undefined {
  const { modelId, hoursPerWeek, visitsPerWeek, askedLevelId, weighedLevelIds } = situation;
  if (hoursPerWeek === undefined && visitsPerWeek === undefined) return undefined;
  const advice = adviseLevel(modelId, {
    physicalVisitsPerWeek: Math.min(visitsPerWeek ?? 0, 168),
    otherContactsPerWeek: 0,
    directClientHoursPerWeek: Math.min(hoursPerWeek ?? 0, 168),
    needsWeekendContact: false,
  });
  const fittingLevelId = advice.fitting[0];
  if (fittingLevelId === undefined) return undefined;
  const need = [
    hoursPerWeek !== undefined ? perPeriodSv(hoursPerWeek, 'timme', 'timmar', 'individuellt stöd ') : undefined,
    visitsPerWeek !== undefined ? perPeriodSv(visitsPerWeek, 'fysiskt besök', 'fysiska besök', '') : undefined,
  ]
    .filter((s): s is string => s !== undefined)
    .join(' och ');
  const fitting = levelLabel(modelId, fittingLevelId);
  const model = MODEL_NAMES_SV[modelId];
  let sentenceSv = `Med ${need} motsvarar behovet ${fitting} i ${model}.`;
  if (askedLevelId !== undefined && askedLevelId !== fittingLevelId) {
    const fits = advice.fitting.includes(askedLevelId);
    sentenceSv = fits
      ? `Ja, ${levelLabel(modelId, askedLevelId)} kan passa. ${sentenceSv}`
      : `Nej, ${levelLabel(modelId, askedLevelId)} räcker inte. ${sentenceSv}`;
  } else if (askedLevelId !== undefined) {
    sentenceSv = `Ja. ${sentenceSv}`;
  }
  const weighed = weighedLevelIds?.includes(fittingLevelId) ? { weighedLevelIds } : {};
  const hoursOnly = visitsPerWeek === undefined ? ' Nivån avgörs också av hur ofta ni behöver ses; socialsekreteraren beslutar.' : ' Socialsekreteraren beslutar om nivån.';
  return { modelId, fittingLevelId, ...(askedLevelId !== undefined ? { askedLevelId } : {}), ...weighed, sentenceSv: sentenceSv + hoursOnly };
}
