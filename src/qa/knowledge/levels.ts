/**
 * Level answers generated from the domain's LEVEL_MODELS: one card per level, a side-by-side
 * comparison of two levels, an overview per model, which model applies, and the definitions and
 * model notes (tillsyn, referenser, omvårdnad). No figure is typed here: every number comes
 * from the model data.
 */
import type { LevelModelId } from '../../domain/case';
import { LEVEL_MODEL_IDS } from '../../domain/case';
import {
  LEVEL_MODELS,
  TERM_DEFINITIONS,
  getLevel,
  type Level,
  type LevelModel,
  type Period,
  type SupportHoursRule,
} from '../../domain/levels/models';
import { cite, type Citation } from '../../domain/sources';
import type { Topic } from '../types';

/** How a model is named in an answer ("gäller lägenhetsboende från 1 april 2025"). */
export const MODEL_NAMES_SV: Readonly<Record<LevelModelId, string>> = Object.freeze({
  lagenhetsboende_2025: 'lägenhetsboende (från 1 april 2025)',
  sydvast_2021_lagenhet: 'lägenhet, kort- och långsiktigt boende (2021 års modell)',
  sydvast_2021_kollektiv: 'kollektiv, kort- och långsiktigt boende (2021 års modell)',
});

/** Words in a question that point at a model; the level intent reads them. */
export const MODEL_KEYWORDS_SV: Readonly<Record<LevelModelId, readonly string[]>> = Object.freeze({
  lagenhetsboende_2025: ['lägenhetsboende', '2025', 'nya nivåerna', 'nya modellen'],
  sydvast_2021_lagenhet: ['lägenhet', '2021', 'sydväst', 'gamla nivåerna', 'gamla modellen'],
  sydvast_2021_kollektiv: ['kollektiv', 'kollektivboende'],
});

export function levelTopicId(modelId: LevelModelId, levelId: string): string {
  return `level.${modelId}.${levelId}`;
}

export function overviewTopicId(modelId: LevelModelId): string {
  return `levels.${modelId}`;
}

export const MODELS_TOPIC_ID = 'levels.models';

/** Level ids of a comparison are put in display order (1 before 2, låg before medel). */
export function comparisonTopicId(modelId: LevelModelId, a: string, b: string): string {
  const order = displayOrder(LEVEL_MODELS[modelId]).map((l) => l.id);
  const [first, second] = order.indexOf(a) <= order.indexOf(b) ? [a, b] : [b, a];
  return `compare.${modelId}.${first}.${second}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "stödnivå medel", "stödnivå 3". */
export function levelNameSv(level: Level): string {
  return `stödnivå ${level.label.replace(/^nivå /, '')}`;
}

const PER_SV: Readonly<Record<Period, string>> = { day: 'om dagen', week: 'i veckan', every_other_week: 'varannan vecka', month: 'i månaden' };

function times(n: number): string {
  return n === 1 ? '1 gång' : `${n} gånger`;
}

function hours(n: number): string {
  return n === 1 ? '1 timme' : `${n} timmar`;
}

function visitsSv(level: Level): string {
  const v = level.physicalVisits;
  let text: string;
  if (v.everyDay === 'required') text = 'varje dag';
  else if (v.everyDay === 'if_needed') text = 'varje dag vid behov';
  else if (v.per === 'every_other_week' && v.min === 1 && v.max === 1) text = 'varannan vecka';
  else if (v.min !== null && v.max !== null && v.min !== v.max) text = `${v.min}–${v.max} gånger ${PER_SV[v.per]}`;
  else if (v.min !== null && v.max === null) text = `minst ${times(v.min)} ${PER_SV[v.per]}`;
  else if (v.min !== null) text = `${times(v.min)} ${PER_SV[v.per]}`;
  else text = 'enligt överenskommelse';
  if (v.approxHoursPerVisit !== null) text += `, cirka ${hours(v.approxHoursPerVisit)} per gång`;
  if (v.anyDayOfWeek && v.everyDay === null) text += ', vilken veckodag som helst';
  return text;
}

function supportRuleSv(rule: SupportHoursRule): string {
  const per = PER_SV[rule.per];
  if (rule.min !== null && rule.max !== null) return `${rule.min}–${rule.max} timmar ${per}`;
  if (rule.min !== null) return `minst ${hours(rule.min)} ${per}`;
  if (rule.max !== null) return `upp till ${hours(rule.max)} ${per}`;
  if (rule.approx !== null) return `cirka ${hours(rule.approx)} ${per}`;
  return 'enligt genomförandeplanen';
}

export function supportSv(level: Level): string {
  return level.individualSupport.map(supportRuleSv).join(' eller ');
}

function contactSv(level: Level): string | undefined {
  const c = level.otherContact;
  const channels = joinOr(c.channelsSv);
  if (c.frequency === 'daily') return `Kontakt varje dag, till exempel via ${channels}${c.unlessAgreedOtherwise ? ', om inget annat avtalas' : ''}.`;
  if (c.frequency === 'client_may_contact') return `Brukaren får höra av sig via ${channels} däremellan.`;
  return undefined;
}

function joinOr(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} eller ${words[words.length - 1]}`;
}

/** The rule lines of a level card, all derived from the level's data. */
export function levelLinesSv(level: Level): string[] {
  const lines = [`Fysisk tillsyn: ${visitsSv(level)}.`];
  const contact = contactSv(level);
  if (contact) lines.push(contact);
  if (level.includesWeekendsAndHolidays) lines.push('Gäller även helger och helgdagar.');
  lines.push(`Individuellt stöd: ${supportSv(level)}.`);
  const above = level.complementaryServices;
  if (above) {
    const longer = above.onlyOverLongerPeriod ? ' under en längre period' : '';
    lines.push(`Mer än ${hours(above.aboveHoursPerWeek)} i veckan${longer}: överväg andra kompletterande insatser.`);
  }
  if (level.referencesAreMainPart) lines.push('Referenserna är den huvudsakliga delen av insatsen.');
  return lines;
}

/** One line per level for comparisons and overviews. */
function levelCompactSv(level: Level): string {
  const contact = level.otherContact.frequency === 'daily' ? ', kontakt varje dag' : '';
  return `${capitalize(level.label)}: fysisk tillsyn ${visitsSv(level)}${contact}; individuellt stöd ${supportSv(level)}.`;
}

/** Numbered levels are shown 1, 2, 3, 4; named ones in the model's order (låg, medel, hög). */
export function displayOrder(model: LevelModel): readonly Level[] {
  const numeric = model.levels.every((l) => /^\d+$/.test(l.id));
  return numeric ? [...model.levels].sort((a, b) => Number(a.id) - Number(b.id)) : model.levels;
}

function shortLabel(level: Level): string {
  return level.label.replace(/^nivå /, '');
}

/** "nivå 1 och 2", "nivå 1, 2, 3 och 4", "låg, medel och hög": the levels as a Swedish list. */
function levelListSv(levels: readonly Level[]): string {
  const labels = levels.map(shortLabel);
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} och ${labels[labels.length - 1] ?? ''}` : (labels[0] ?? '');
  return levels.every((l) => /^nivå /.test(l.label)) ? `nivå ${list}` : list;
}

function levelTopic(model: LevelModel, level: Level): Topic {
  return {
    id: levelTopicId(model.id, level.id),
    kind: 'level',
    titleSv: `${capitalize(levelNameSv(level))} – ${MODEL_NAMES_SV[model.id]}`,
    textSv: [...levelLinesSv(level), level.typicalUseSv].join('\n'),
    citations: [level.citation],
    keywordsSv: [],
    levels: { modelId: model.id, levelIds: [level.id] },
    searchable: false,
  };
}

/** Side-by-side text of two levels of one model. */
export function comparisonTopic(modelId: LevelModelId, a: string, b: string): Topic | undefined {
  const id = comparisonTopicId(modelId, a, b);
  const [, , first, second] = id.split('.');
  const l1 = first === undefined ? undefined : getLevel(modelId, first);
  const l2 = second === undefined ? undefined : getLevel(modelId, second);
  if (!l1 || !l2 || l1.id === l2.id) return undefined;
  const citations = uniqueCitations([l1.citation, l2.citation]);
  return {
    id,
    kind: 'level_comparison',
    titleSv: `${capitalize(levelNameSv(l1))} och ${shortLabel(l2)} – ${MODEL_NAMES_SV[modelId]}`,
    textSv: [levelCompactSv(l1), levelCompactSv(l2)].join('\n'),
    citations,
    keywordsSv: [],
    levels: { modelId, levelIds: [l1.id, l2.id] },
    searchable: false,
  };
}

function overviewTopic(model: LevelModel): Topic {
  const levels = displayOrder(model);
  return {
    id: overviewTopicId(model.id),
    kind: 'level_overview',
    titleSv: model.titleSv,
    textSv: [
      `Stödnivåer i ${MODEL_NAMES_SV[model.id]}: ${levelListSv(levels)}. Gäller från och med ${dateSv(model.validFrom)}.`,
      ...levels.map(levelCompactSv),
    ].join('\n'),
    citations: uniqueCitations([model.citation, ...model.levels.map((l) => l.citation)]),
    keywordsSv: ['vilka stödnivåer finns', 'alla nivåer', 'nivåerna', 'timmar i veckan', ...MODEL_KEYWORDS_SV[model.id]],
    levels: { modelId: model.id, levelIds: model.levels.map((l) => l.id) },
  };
}

function dateSv(iso: string): string {
  const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d ?? ''} ${months[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

function modelsTopic(): Topic {
  const lines = LEVEL_MODEL_IDS.map((id) => {
    const model = LEVEL_MODELS[id];
    const labels = displayOrder(model).map(shortLabel);
    const scope = capitalize(MODEL_NAMES_SV[id].replace(/ \(.*\)$/, ''));
    const successor = model.supersededBy ? LEVEL_MODELS[model.supersededBy] : undefined;
    const status =
      model.supersededFrom && successor
        ? `gällde från ${dateSv(model.validFrom)}; från ${dateSv(model.supersededFrom)} gäller ${displayOrder(successor).map(shortLabel).join(', ')} i stället`
        : `gäller sedan ${dateSv(model.validFrom)}`;
    return `${scope}: ${labels.join(', ')} – ${status}.`;
  });
  lines.push('Boendestöd och akutboende har inga stödnivåer.');
  return {
    id: MODELS_TOPIC_ID,
    kind: 'fact',
    titleSv: 'Vilken stödnivåmodell gäller?',
    textSv: lines.join('\n'),
    citations: [
      LEVEL_MODELS.lagenhetsboende_2025.citation,
      LEVEL_MODELS.sydvast_2021_lagenhet.citation,
      cite('002', 'Besluta'),
    ],
    keywordsSv: ['nivåmodell', 'modell', 'vilken modell', 'gamla nivåerna', 'nya nivåerna', 'fortfarande', 'ersatt', '2021', '2025', 'nivå 1-4', 'låg medel hög'],
  };
}

function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source}|${c.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function note(modelId: LevelModelId, noteId: string): { textSv: string; citation: Citation } | undefined {
  return LEVEL_MODELS[modelId].notes.find((n) => n.id === noteId);
}

function notesTopic(
  kind: Topic['kind'],
  id: string,
  titleSv: string,
  keywordsSv: readonly string[],
  notes: readonly ({ textSv: string; citation: Citation } | undefined)[],
  prefix: readonly string[] = [],
): Topic {
  const present = notes.filter((n): n is { textSv: string; citation: Citation } => n !== undefined);
  return {
    id,
    kind,
    titleSv,
    textSv: [...prefix, ...present.map((n) => n.textSv)].join('\n'),
    citations: uniqueCitations(present.map((n) => n.citation)),
    keywordsSv,
  };
}

function definitionTopics(): Topic[] {
  const { fysisk_tillsyn, tillsyn, kontakt } = TERM_DEFINITIONS;
  return [
    {
      id: 'def.fysisk_tillsyn',
      kind: 'definition',
      titleSv: 'Vad är fysisk tillsyn?',
      textSv: `Fysisk tillsyn: ${fysisk_tillsyn.definitionSv}\nAnnan kontakt, till exempel via telefon, kallas tillsyn (2021) eller kontakt (2025).`,
      citations: fysisk_tillsyn.citations,
      keywordsSv: ['fysisk tillsyn', 'fysiskt', 'personligen', 'träffas på riktigt', 'definition'],
    },
    {
      id: 'def.tillsyn',
      kind: 'definition',
      titleSv: 'Vad är tillsyn och kontakt?',
      textSv: `Tillsyn (2021 års modell): ${tillsyn.definitionSv}\nKontakt (lägenhetsboende 2025): ${kontakt.definitionSv}\nAtt träffas personligen kallas fysisk tillsyn.`,
      citations: uniqueCitations([...tillsyn.citations, ...kontakt.citations]),
      keywordsSv: ['tillsyn', 'kontakt', 'menas med tillsyn', 'telefon', 'definition'],
    },
  ];
}

export function levelTopics(): Topic[] {
  const topics: Topic[] = [];
  for (const id of LEVEL_MODEL_IDS) {
    const model = LEVEL_MODELS[id];
    for (const level of model.levels) topics.push(levelTopic(model, level));
    topics.push(overviewTopic(model));
  }
  topics.push(modelsTopic(), ...definitionTopics());
  topics.push(
    notesTopic(
      'definition',
      'def.referenser',
      'Referenser och referenstid',
      ['referenstid', 'boendereferenser', 'referenser', 'hyresavtal', 'hyreslagen', 'andrahandskontrakt', 'alla nivåer'],
      [note('lagenhetsboende_2025', 'boendereferenser'), note('sydvast_2021_lagenhet', 'referenstid'), note('sydvast_2021_lagenhet', 'referenstid_start')],
    ),
    notesTopic(
      'fact',
      'sbms.omvardnad',
      'Omvårdnad och mer omfattande behov',
      ['omvårdnad', 'omvårdnadsinsatser', 'hemtjänst', 'särskilt boende', 'kompensatoriska insatser', 'varaktiga behov', 'ingår'],
      [note('lagenhetsboende_2025', 'mer_omfattande_insatser'), note('sydvast_2021_lagenhet', 'varaktiga_behov')],
    ),
    notesTopic(
      'fact',
      'levels.flexible',
      'Kan brukaren bo kvar om behovet ändras?',
      ['flexibla', 'bo kvar', 'börja på', 'vilken nivå som helst', 'antal besök', 'utforma genomförandet'],
      [note('lagenhetsboende_2025', 'flexibla_nivaer'), note('lagenhetsboende_2025', 'personalen_utformar_genomforandet')],
    ),
  );
  return topics;
}
