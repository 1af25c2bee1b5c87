/**
 * Which client-related time counts as direkt brukartid (level-assessed) and which is part of the
 * service but not level-assessed, per source. 000 and 003 list the same items, except that 000
 * also lists the unit's own activities and routines (meals, house meetings, open house) as
 * included but not assessed – a kollektiv thing that 003 (lägenhetsboende) leaves out.
 */
import type { LevelModelId } from './case';
import { cite, type Citation } from './sources';

export type TimeCategory = 'direct_client_time' | 'included_not_assessed';
export type TimeCategorySource = '000' | '003';

export interface ActivityDefinition {
  readonly id: string;
  readonly category: TimeCategory;
  readonly labelSv: string;
  /** Lower-case Swedish words and phrases people use for the activity (for matching questions). */
  readonly keywordsSv: readonly string[];
  readonly sources: readonly TimeCategorySource[];
}

export const TIME_CATEGORY_LABELS_SV: Readonly<Record<TimeCategory, string>> = Object.freeze({
  direct_client_time: 'Direkt brukartid – räknas in i stödnivån',
  included_not_assessed: 'Ingår i insatsen men räknas inte in i stödnivån',
});

const BOTH: readonly TimeCategorySource[] = ['000', '003'];

export const ACTIVITIES = [
  {
    id: 'hembesok',
    category: 'direct_client_time',
    labelSv: 'Hembesök',
    keywordsSv: ['hembesök', 'besök', 'besöka', 'träffa brukaren', 'fysisk tillsyn'],
    sources: BOTH,
  },
  {
    id: 'samtal',
    category: 'direct_client_time',
    labelSv: 'Samtal',
    keywordsSv: ['samtal', 'stödsamtal', 'motiverande samtal', 'prata med brukaren'],
    sources: BOTH,
  },
  {
    id: 'moten',
    category: 'direct_client_time',
    labelSv: 'Möten',
    keywordsSv: ['möte', 'möten', 'uppföljningsmöte', 'uppstartsmöte'],
    sources: BOTH,
  },
  {
    id: 'aktiviteter',
    category: 'direct_client_time',
    labelSv: 'Aktiviteter',
    keywordsSv: ['aktivitet', 'aktiviteter', 'promenad', 'fika'],
    sources: BOTH,
  },
  {
    id: 'telefon_epost_sms',
    category: 'direct_client_time',
    labelSv: 'Telefonkontakt, e-post och sms',
    keywordsSv: ['telefon', 'telefonkontakt', 'ringa', 'samtal i telefon', 'e-post', 'mejl', 'mail', 'email', 'sms', 'sms:a', 'videosamtal', 'facetime'],
    sources: BOTH,
  },
  {
    id: 'arenden_med_och_for_brukaren',
    category: 'direct_client_time',
    labelSv: 'Ärenden med och för brukaren',
    keywordsSv: ['ärende', 'ärenden', 'uträtta ärenden', 'handla', 'apoteket', 'banken'],
    sources: BOTH,
  },
  {
    id: 'praktiskt_stod_i_hemmet',
    category: 'direct_client_time',
    labelSv: 'Praktiskt stöd i hemmet',
    keywordsSv: ['praktiskt stöd', 'städa', 'städning', 'tvätta', 'laga mat', 'matlagning', 'hemmet'],
    sources: BOTH,
  },
  {
    id: 'transporttid_med_brukaren',
    category: 'direct_client_time',
    labelSv: 'Transporttid tillsammans med brukaren',
    keywordsSv: ['transporttid', 'transport med brukaren', 'skjutsa', 'ledsagning', 'följa med', 'åka med brukaren'],
    sources: BOTH,
  },
  {
    id: 'sip_planering_med_brukaren',
    category: 'direct_client_time',
    labelSv: 'Planering tillsammans med brukaren i SIP-processen',
    keywordsSv: ['sip', 'samordnad individuell plan', 'sip-möte', 'planering med brukaren'],
    sources: BOTH,
  },
  {
    id: 'kontakt_tillsammans_med_brukaren',
    category: 'direct_client_time',
    labelSv: 'Kontakt med myndigheter, vårdgivare och nätverk tillsammans med brukaren',
    keywordsSv: ['tillsammans med brukaren', 'följa med till myndighet', 'vårdbesök med brukaren', 'läkarbesök', 'försäkringskassan med brukaren'],
    sources: BOTH,
  },
  {
    id: 'social_dokumentation',
    category: 'included_not_assessed',
    labelSv: 'Social dokumentation',
    keywordsSv: ['dokumentation', 'dokumentera', 'social dokumentation', 'journalföring', 'journalföra', 'journal', 'genomförandejournal', 'anteckningar'],
    sources: BOTH,
  },
  {
    id: 'lopande_kontakt_utan_brukaren',
    category: 'included_not_assessed',
    labelSv: 'Löpande kontakt och avstämning med myndigheter, vårdgivare och nätverk (utan brukaren)',
    keywordsSv: ['avstämning', 'löpande kontakt', 'kontakt med handläggare', 'kontakt med socialsekreterare', 'samverkan', 'utan brukaren'],
    sources: BOTH,
  },
  {
    id: 'restid',
    category: 'included_not_assessed',
    labelSv: 'Restid till och från brukaren',
    keywordsSv: ['restid', 'resa', 'resor', 'resväg', 'åka till brukaren', 'åka från brukaren'],
    sources: BOTH,
  },
  {
    id: 'planering_infor_brukartid',
    category: 'included_not_assessed',
    labelSv: 'Planering inför brukartid',
    keywordsSv: ['planering inför', 'planera inför', 'förberedelse', 'förberedelser', 'förbereda'],
    sources: BOTH,
  },
  {
    id: 'verksamhetens_aktiviteter_och_rutiner',
    category: 'included_not_assessed',
    labelSv: 'Verksamhetens egna aktiviteter och dagliga rutiner, t.ex. måltider, husmöten och öppet hus',
    keywordsSv: ['matrutiner', 'måltider', 'gemensam middag', 'husmöte', 'husmöten', 'öppet hus', 'verksamhetens aktiviteter', 'dagliga rutiner'],
    sources: ['000'],
  },
] as const satisfies readonly ActivityDefinition[];

export type ActivityId = (typeof ACTIVITIES)[number]['id'];

const CATEGORY_SECTIONS: Readonly<Record<TimeCategory, string>> = {
  direct_client_time: 'Direkt brukartid som ska nivåbedömas',
  included_not_assessed: 'Brukarrelaterad tid som ingår i insatsen, men som inte ska nivåbedömas',
};

export function categoryCitation(category: TimeCategory, source: TimeCategorySource): Citation {
  return cite(source, CATEGORY_SECTIONS[category]);
}

/** 2025 lägenhetsboende follows 003; both 2021 models follow 000. */
export function timeCategorySourceFor(modelId: LevelModelId): TimeCategorySource {
  return modelId === 'lagenhetsboende_2025' ? '003' : '000';
}

export interface ActivityClassification {
  readonly id: ActivityId;
  readonly category: TimeCategory;
  readonly levelAssessed: boolean;
  readonly labelSv: string;
  readonly categoryLabelSv: string;
  /** One citation per source that lists the activity. */
  readonly citations: readonly Citation[];
}

export class UnknownActivityError extends Error {
  override readonly name = 'UnknownActivityError';
  constructor(readonly activityId: string) {
    super(`Unknown activity: ${activityId}`);
  }
}

function findActivity(id: string): (typeof ACTIVITIES)[number] | undefined {
  return ACTIVITIES.find((activity) => activity.id === id);
}

export function isActivityId(id: string): id is ActivityId {
  return findActivity(id) !== undefined;
}

/** Throws {@link UnknownActivityError} for an id not in {@link ACTIVITIES}. */
export function classifyActivity(id: ActivityId): ActivityClassification {
  const activity = findActivity(id);
  if (!activity) throw new UnknownActivityError(id);
  return Object.freeze({
    id: activity.id,
    category: activity.category,
    levelAssessed: activity.category === 'direct_client_time',
    labelSv: activity.labelSv,
    categoryLabelSv: TIME_CATEGORY_LABELS_SV[activity.category],
    citations: Object.freeze(activity.sources.map((source) => categoryCitation(activity.category, source))),
  });
}

/** The activities a source lists, optionally only one category, in the source's order. */
export function activitiesForSource(source: TimeCategorySource, category?: TimeCategory): readonly ActivityClassification[] {
  return Object.freeze(
    ACTIVITIES.filter(
      (activity) =>
        (activity.sources as readonly TimeCategorySource[]).includes(source) &&
        (category === undefined || activity.category === category),
    ).map((activity) => classifyActivity(activity.id)),
  );
}

export function activitiesForModel(modelId: LevelModelId, category?: TimeCategory): readonly ActivityClassification[] {
  return activitiesForSource(timeCategorySourceFor(modelId), category);
}

/** Activities whose keywords occur in `text` (case-insensitive, whole words), in list order. */
export function findActivitiesByKeyword(text: string): readonly ActivityId[] {
  const haystack = ` ${text.toLocaleLowerCase('sv-SE').replace(/[^\p{L}\p{N}:-]+/gu, ' ')} `;
  return Object.freeze(
    ACTIVITIES.filter((activity) => activity.keywordsSv.some((keyword) => haystack.includes(` ${keyword} `))).map(
      (activity) => activity.id,
    ),
  );
}
